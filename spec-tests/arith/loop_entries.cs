// Loop entries: the interpreter tests a while/for condition where the loop is entered instead
// of jumping to the test at the bottom. Loops that run zero times, once, to the limits of int,
// with every comparison, with bounds in arguments, locals and constants, with break and
// continue, nested, and with the bound changed by the body.
using System;

public static class Program
{
    static int Up(int from, int to) { int n = 0; for (int i = from; i < to; i++) n++; return n; }
    static int UpIncl(int from, int to) { int n = 0; for (int i = from; i <= to; i++) { n++; if (i == int.MaxValue) break; } return n; }
    static int Down(int from, int to) { int n = 0; for (int i = from; i > to; i--) n++; return n; }
    static int DownIncl(int from, int to) { int n = 0; for (int i = from; i >= to; i--) { n++; if (i == int.MinValue) break; } return n; }
    static int ConstBound(int from) { int n = 0; while (from < 10) { from += 3; n++; } return n * 100 + from; }
    static int WithContinue(int limit)
    {
        int s = 0;
        for (int i = 0; i < limit; i++) { if (i % 3 == 0) continue; if (i > 50) break; s += i; }
        return s;
    }
    static int Nested(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
            for (int j = i; j < n; j++)
                for (int k = j; k <= n; k += 2) s += i ^ j ^ k;
        return s;
    }
    static int MovingLimit(int limit)
    {
        int i = 0, n = 0;
        while (i < limit) { limit -= 2; i++; n++; }
        return n * 1000 + i * 10 + limit;
    }
    static uint Unsigned(uint from, uint to) { uint n = 0; for (uint i = from; i < to; i++) n++; return n; }
    static int AfterLoopIsTarget(int[] a)
    {
        int i = 0;
        while (i < a.Length) { if (a[i] < 0) goto found; i++; }
        return -1;
    found:
        return i;
    }

    class Box { public int F; public double D; }
    static int OverArray(int[] a) { int s = 0; for (int i = 0; i < a.Length; i++) s += a[i]; return s; }
    static int Unsigned(int[] a, int start) { int n = 0; for (int i = start; (uint)i < (uint)a.Length; i += 2) n++; return n; }
    static int FloatUp(double x, double limit) { int n = 0; while (x < limit) { x += 1.5; n++; } return n; }
    static int FloatNotAbove(double x, double limit) { int n = 0; while (!(x > limit)) { x += 1; n++; if (n > 5) break; } return n; }
    static int FloatDown(double x) { int n = 0; while (x >= 0.5) { x /= 2; n++; } return n; }
    static int FieldBound(Box b) { int n = 0; while (b.F != 3) { b.F++; n++; } return n; }
    static int Equal(int a, int b) { int n = 0; while (a == b) { a++; n++; } return n; }
    static long Wide(long from) { long n = 0; while (from < 10L) { from += 4; n++; } return n; }
    static int Scaled(int n) { int i = 0; while (i * 2 + 1 < n << 1) i++; return i; }
    static string NullArray(int[] a)
    {
        try { int s = 0; for (int i = 0; i < a.Length; i++) s += a[i]; return "s=" + s; }
        catch (NullReferenceException) { return "NRE"; }
    }

    public static int Main()
    {
        Console.WriteLine(OverArray(new int[0]) + " " + OverArray(new[] { 1, 2, 3 }) + " " + Unsigned(new int[5], 0) + " " + Unsigned(new int[5], -1) + " " + Unsigned(new int[0], 0) + " " + NullArray(null) + " " + NullArray(new[] { 4 }));
        Console.WriteLine(FloatUp(0, 5) + " " + FloatUp(double.NaN, 5) + " " + FloatUp(0, double.NaN) + " " + FloatUp(6, 5) + " " + FloatUp(-1e300, -1e300));
        Console.WriteLine(FloatNotAbove(0, 2) + " " + FloatNotAbove(double.NaN, 2) + " " + FloatNotAbove(3, 2) + " " + FloatDown(8) + " " + FloatDown(0.1) + " " + FloatDown(double.NaN));
        Console.WriteLine(FieldBound(new Box { F = 0 }) + " " + FieldBound(new Box { F = 3 }) + " " + Equal(1, 1) + " " + Equal(1, 2) + " " + Wide(0) + " " + Wide(10) + " " + Wide(long.MinValue + 1 > 0 ? 0 : 9) + " " + Scaled(5) + " " + Scaled(0));
        Console.WriteLine(Up(0, 10) + " " + Up(5, 5) + " " + Up(6, 5) + " " + Up(int.MaxValue - 2, int.MaxValue) + " " + Up(int.MinValue, int.MinValue + 3));
        Console.WriteLine(UpIncl(0, 10) + " " + UpIncl(5, 5) + " " + UpIncl(6, 5) + " " + UpIncl(int.MaxValue - 2, int.MaxValue));
        Console.WriteLine(Down(10, 0) + " " + Down(5, 5) + " " + Down(4, 5) + " " + Down(int.MinValue + 2, int.MinValue));
        Console.WriteLine(DownIncl(10, 0) + " " + DownIncl(5, 5) + " " + DownIncl(4, 5) + " " + DownIncl(int.MinValue + 2, int.MinValue));
        Console.WriteLine(ConstBound(0) + " " + ConstBound(10) + " " + ConstBound(9) + " " + ConstBound(-20));
        Console.WriteLine(WithContinue(0) + " " + WithContinue(10) + " " + WithContinue(100));
        Console.WriteLine(Nested(0) + " " + Nested(1) + " " + Nested(7));
        Console.WriteLine(MovingLimit(0) + " " + MovingLimit(1) + " " + MovingLimit(10) + " " + MovingLimit(-5));
        Console.WriteLine(Unsigned(0, 5) + " " + Unsigned(5, 0) + " " + Unsigned(uint.MaxValue - 1, uint.MaxValue) + " " + Unsigned(0x7fffffff, 0x80000002));
        Console.WriteLine(AfterLoopIsTarget(new[] { 1, 2, -3 }) + " " + AfterLoopIsTarget(new int[0]) + " " + AfterLoopIsTarget(new[] { 4 }));
        return Up(0, 42);
    }
}
