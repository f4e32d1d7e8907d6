// Sieve of Eratosthenes over [0, limit], run several times.
// Measures array stores/loads and tight loops.
// Usage: sieve [limit]   (default 2000000; the sieve is repeated 10 times)
using System;

public static class Sieve
{
    const int Repeats = 10;

    static int Run(int limit, out long sumOfPrimes)
    {
        bool[] composite = new bool[limit + 1];
        int count = 0;
        long sum = 0;
        for (int i = 2; i <= limit; i++)
        {
            if (composite[i]) continue;
            count++;
            sum += i;
            long start = (long)i * i;
            if (start > limit) continue;
            for (int j = (int)start; j <= limit; j += i)
                composite[j] = true;
        }
        sumOfPrimes = sum;
        return count;
    }

    public static int Main(string[] args)
    {
        int limit = args.Length > 0 ? int.Parse(args[0]) : 2000000;
        int count = 0;
        long sum = 0;
        long check = 0;
        for (int r = 0; r < Repeats; r++)
        {
            count = Run(limit, out sum);
            check += count;
        }
        Console.WriteLine("sieve(" + limit + ") primes=" + count + " sum=" + sum + " check=" + check);
        return 0;
    }
}
