// Fannkuch-redux: for every permutation of 1..n (in a fixed order), count the
// pancake flips until 1 is in front; report the maximum and an alternating checksum.
// Measures small-array shuffling and branches.
// Usage: fannkuch [n]   (default 10)
using System;

public static class Fannkuch
{
    public static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        int[] perm = new int[n];      // current permutation
        int[] work = new int[n];      // copy that gets flipped
        int[] counter = new int[n];   // factorial-base counter driving the rotations

        for (int i = 0; i < n; i++) perm[i] = i;

        int maxFlips = 0;
        long checksum = 0;
        long index = 0;

        while (true)
        {
            // Count flips for the current permutation.
            int first = perm[0];
            if (first != 0)
            {
                for (int i = 0; i < n; i++) work[i] = perm[i];
                int flips = 0;
                int k = first;
                while (k != 0)
                {
                    // reverse work[0..k]
                    int lo = 0, hi = k;
                    while (lo < hi)
                    {
                        int t = work[lo];
                        work[lo] = work[hi];
                        work[hi] = t;
                        lo++;
                        hi--;
                    }
                    flips++;
                    k = work[0];
                }
                if (flips > maxFlips) maxFlips = flips;
                checksum += (index & 1) == 0 ? flips : -flips;
            }
            index++;

            // Next permutation: rotate prefixes, driven by the counter.
            int r = 1;
            while (true)
            {
                if (r == n)
                {
                    Console.WriteLine("fannkuch(" + n + ") checksum=" + checksum + " maxflips=" + maxFlips);
                    return 0;
                }
                int head = perm[0];
                for (int i = 0; i < r; i++) perm[i] = perm[i + 1];
                perm[r] = head;
                counter[r]++;
                if (counter[r] <= r) break;
                counter[r] = 0;
                r++;
            }
        }
    }
}
