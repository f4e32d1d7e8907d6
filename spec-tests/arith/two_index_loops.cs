// Loops that move two indexes toward each other (`lo++; hi--; while (lo < hi)`): reversals of
// every small length, other steps, the indexes after the loop, and a swap that fails midway.
using System;

public static class Program
{
    static int Reverse(int[] a, int from, int to)
    {
        int swaps = 0, lo = from, hi = to;
        while (lo < hi)
        {
            swaps++;
            int t = a[lo];
            a[lo] = a[hi];
            a[hi] = t;
            lo++;
            hi--;
        }
        return swaps * 1000 + lo * 10 + (hi & 7);
    }

    static string Skip2(int n)
    {
        int lo = 0, hi = n, meet = 0;
        while (lo < hi) { meet += hi - lo; lo += 2; hi -= 3; }
        return lo + "/" + hi + "/" + meet;
    }

    static bool Palindrome(string s)
    {
        int lo = 0, hi = s.Length - 1;
        while (lo < hi)
        {
            if (s[lo] != s[hi]) return false;
            lo++;
            hi--;
        }
        return true;
    }

    static int Bounds(int lo, int hi)
    {
        int n = 0;
        while (lo < hi) { n++; lo++; hi--; }
        return n;
    }

    public static int Main()
    {
        for (int len = 0; len <= 6; len++)
        {
            var a = new int[len];
            for (int i = 0; i < len; i++) a[i] = i + 1;
            int r = Reverse(a, 0, len - 1);
            Console.WriteLine(len + ": " + string.Join(",", a) + " r=" + r);
        }
        Console.WriteLine(Skip2(0) + " " + Skip2(1) + " " + Skip2(10) + " " + Skip2(11));
        Console.WriteLine(Palindrome("") + " " + Palindrome("a") + " " + Palindrome("abba") + " " + Palindrome("abca") + " " + Palindrome("racecar"));
        Console.WriteLine(Bounds(int.MaxValue - 1, int.MaxValue) + " " + Bounds(int.MinValue, int.MinValue + 3) + " " + Bounds(5, 5) + " " + Bounds(-3, 4));
        var b = new int[] { 1, 2, 3, 4, 5 };
        try { Reverse(b, 0, 6); }
        catch (IndexOutOfRangeException) { Console.WriteLine("failed: " + string.Join(",", b)); }
        return 0;
    }
}
