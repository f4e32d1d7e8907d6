// Naive doubly-recursive Fibonacci: measures call overhead and integer arithmetic.
// Usage: fib [n]   (default 37)
using System;

public static class Fib
{
    static int Compute(int n)
    {
        if (n < 2) return n;
        return Compute(n - 1) + Compute(n - 2);
    }

    public static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 37;
        int result = Compute(n);
        Console.WriteLine("fib(" + n + ") = " + result);
        return 0;
    }
}
