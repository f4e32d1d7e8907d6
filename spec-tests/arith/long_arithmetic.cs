// 64-bit signed arithmetic and mixing with int.
using System;

class Program
{
    static long Id(long x) => x;

    static void Main()
    {
        long a = Id(9_000_000_000), b = Id(-7);
        Console.WriteLine($"{a + b} {a - b} {a * b} {a / b} {a % b}");
        Console.WriteLine(Id(long.MaxValue) + 1);
        Console.WriteLine(Id(long.MinValue) - 1);
        Console.WriteLine(Id(long.MaxValue) * 3);
        Console.WriteLine(Id(3037000500) * Id(3037000500));
        Console.WriteLine(Id(-9_223_372_036_854_775_807) / 10);
        Console.WriteLine(Id(-9_223_372_036_854_775_807) % 10);
        int i = int.MaxValue;
        long widened = i + 1L;
        long notWidened = i + 1;
        Console.WriteLine($"{widened} {notWidened}");
        long mul = (long)i * i;
        Console.WriteLine(mul);
        long fact = 1;
        for (int k = 1; k <= 25; k++)
        {
            fact *= k;
            if (k >= 19) Console.WriteLine($"{k}! wrapped = {fact}");
        }
        long fib1 = 0, fib2 = 1;
        for (int k = 0; k < 90; k++) { long t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        Console.WriteLine("fib(90) = " + fib1);
        Console.WriteLine(Math.BigMul(Id(long.MaxValue), Id(long.MaxValue), out long low) + " " + low);
    }
}
