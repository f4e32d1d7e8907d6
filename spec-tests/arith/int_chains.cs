// Int32 shapes the interpreter fuses: `x + y + k` (one op), and a loop whose condition compares
// another variable with the one just incremented (`hi--; while (lo < hi)`). Checked on
// wrap-around, empty loops, arguments as the bound, and a bound changed inside the loop.
using System;

public static class Program
{
    static int Sum3(int x, int y) => x + y + 1;
    static int Sum3Neg(int x, int y) => x + y - 7;
    static int Tri(int i, int j) => (i + j) * (i + j + 1) / 2 + i + 1;

    static int Swaps(int[] w, int k)
    {
        int lo = 0, hi = k, n = 0;
        while (lo < hi) { int t = w[lo]; w[lo] = w[hi]; w[hi] = t; lo++; hi--; n++; }
        return n;
    }

    static void Reverse(int[] w, int from, int to)
    {
        int lo = from, hi = to;
        while (lo < hi) { int t = w[lo]; w[lo] = w[hi]; w[hi] = t; lo++; hi--; }
    }

    static int StepDown(int lo, int hi, int step)
    {
        int n = 0;
        do { n++; hi -= step; } while (lo < hi);
        return n;
    }

    static long Wraps(int lo)
    {
        // hi-- from int.MinValue wraps to int.MaxValue: lo < hi holds again.
        int hi = int.MinValue + 2, n = 0;
        do { hi--; n++; } while (lo < hi && n < 5);
        return (long)n * 10000000000L + hi;
    }

    static int MovingBound(int lo)
    {
        int hi = 20, n = 0;
        while (lo < hi) { lo += 3; hi--; n++; }
        return n * 1000 + lo * 10 + hi;
    }

    static void Bump(ref int x) => x += 100;

    // Xorshift and hash mixing: x ^ (x << k), x ^ (y >> k) and x ^ (x >>> k), on signed and unsigned values.
    static uint Xorshift32(uint x) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; return x; }
    static int Mix(int h, int y) { h ^= h >> 16; h ^= y << 7; h = (y >> 3) ^ h; return h ^ (int)((uint)h >> 31); }
    static string Shifts()
    {
        uint s = 2463534242;
        long sum = 0;
        for (int i = 0; i < 1000; i++) { s = Xorshift32(s); sum += s % 1000; }
        int m = 0;
        for (int i = -50; i < 50; i++) m = Mix(m + i * 40503, i * -7919);
        return s + " " + sum + " " + m + " " + Mix(int.MinValue, -1) + " " + Mix(-1, int.MinValue) + " " + Xorshift32(0) + " " + Xorshift32(uint.MaxValue);
    }
    // (x * y) >> k and >>> k: the product wraps before the shift.
    static int MulShr(int x, int y) => (x * y) >> 3;
    static uint MulShrU(uint x, uint y) => (x * y) >> 20;
    static int MulShrSelf(int x) => x * (x + 1) >> 1;
    static int Chained(int[] next, int start)
    {
        int i = start, hops = 0, c = 0, total = 0;
        while ((i = next[i]) >= 0) { hops++; total += ++c * 10 + i; }
        int a, b;
        a = b = total + 1;
        int r = ++a + b++;
        int d = 5;
        int e = (d = d * 3) + F(ref d);   // d's address is taken: the value read before the call stays
        long big = 1L << 40, cnt = 0;
        long sum = (cnt = big + 1) + cnt;
        return hops * 1000000 + total * 1000 + r + a + b + e * 7 + (int)(sum >> 20);
    }
    static int F(ref int x) { Bump(ref x); return x; }

    public static int Main()
    {
        Console.WriteLine(Chained(new[] { 2, -1, 4, 1, 1 }, 0) + " " + Chained(new[] { -5 }, 0));
        Console.WriteLine(Sum3(1, 2) + " " + Sum3(int.MaxValue, 0) + " " + Sum3(int.MaxValue, int.MaxValue) + " " + Sum3Neg(int.MinValue, 3) + " " + Sum3Neg(-1, -1));
        long t = 0;
        for (int i = 0; i < 300; i++) for (int j = 0; j < 300; j += 7) t += Tri(i, j);
        Console.WriteLine(t + " " + Tri(46340, 0) + " " + Tri(65535, 65535));
        int[] w = { 1, 2, 3, 4, 5, 6, 7 };
        Console.WriteLine(Swaps(w, 6) + " " + string.Join(",", w) + " " + Swaps(w, 0) + " " + Swaps(w, 1) + " " + string.Join(",", w));
        Reverse(w, 0, 6); Reverse(w, 2, 2); Reverse(w, 5, 1); Reverse(w, 1, 4);
        Console.WriteLine(string.Join(",", w));
        try { Reverse(w, 5, 9); } catch (IndexOutOfRangeException) { Console.WriteLine("IOORE " + string.Join(",", w)); }
        Console.WriteLine(StepDown(0, 10, 3) + " " + StepDown(5, 5, 1) + " " + StepDown(-3, 100, 50) + " " + StepDown(int.MinValue, int.MinValue + 1, 1));
        Console.WriteLine(Wraps(0) + " " + Wraps(int.MaxValue));
        Console.WriteLine(MovingBound(0) + " " + MovingBound(19) + " " + MovingBound(25));
        Console.WriteLine(Shifts());
        int[] v = { 7, 9, -7, 65536, int.MaxValue, 3, 46340, -46341, 70000 };
        string ms = "";
        for (int i = 0; i + 1 < v.Length; i++) ms += MulShr(v[i], v[i + 1]) + " " + MulShrU((uint)v[i], (uint)v[i + 1]) + " " + MulShrSelf(v[i]) + " ";
        Console.WriteLine(ms + MulShrU(0xFFFFFFFF, 0xFFFFFFFF));
        return Sum3(20, 20);
    }
}
