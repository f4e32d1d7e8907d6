// ref, in, out parameters, ref locals and ref returns, with both structs and classes.
using System;

struct Big
{
    public long A, B, C;
    public readonly long Sum() => A + B + C;
}

class Program
{
    static void Swap<T>(ref T x, ref T y) { (x, y) = (y, x); }
    static void Init(out int a, out string b) { a = 42; b = "init"; }
    static bool TryHalf(int n, out int half) { half = n / 2; return n % 2 == 0; }
    static long Total(in Big b) => b.Sum();
    static void Mutate(ref Big b) { b.A = 100; }
    static void Replace(ref int[] arr) { arr = new[] { 9, 9 }; }
    static void Modify(int[] arr) { arr[0] = -1; arr = new[] { 0 }; }

    static int[] data = { 1, 2, 3 };
    static ref int Slot(int i) => ref data[i];

    static ref int MaxRef(ref int a, ref int b) => ref (a >= b ? ref a : ref b);

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine($"x={x} y={y}");
        string s1 = "left", s2 = "right";
        Swap(ref s1, ref s2);
        Console.WriteLine(s1 + " " + s2);
        Init(out int a, out var b);
        Console.WriteLine(a + " " + b);
        Console.WriteLine(TryHalf(10, out int h1) + " " + h1 + " " + TryHalf(7, out int h2) + " " + h2);
        Console.WriteLine(TryHalf(3, out _));
        var big = new Big { A = 1, B = 2, C = 3 };
        Console.WriteLine(Total(in big) + " " + Total(big));
        Mutate(ref big);
        Console.WriteLine(big.A + " " + big.Sum());
        int[] arr = { 1, 2 };
        Modify(arr);
        Console.WriteLine(string.Join(",", arr));
        Replace(ref arr);
        Console.WriteLine(string.Join(",", arr));
        Slot(1) = 20;
        ref int s = ref Slot(2);
        s *= 10;
        Console.WriteLine(string.Join(",", data));
        int p = 5, q = 8;
        MaxRef(ref p, ref q) = 0;
        Console.WriteLine(p + " " + q);
        ref int alias = ref p;
        alias = 77;
        Console.WriteLine(p);
        int[] nums = { 3, 1, 2 };
        foreach (ref int n in nums.AsSpan()) n *= 2;
        Console.WriteLine(string.Join(",", nums));
        var tuple = (1, 2);
        ref int first = ref tuple.Item1;
        first = 10;
        Console.WriteLine(tuple);
    }
}
