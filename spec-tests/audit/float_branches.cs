// Floating-point comparisons and branches with NaN (the unordered .un branch forms), float32
// rounding after every operation, mixed float/double expressions, and float/double formatting.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static float F(float x) => x;
    static float sf;
    static float[] fa = new float[4];

    static string Cmp(double a, double b)
    {
        string s = "";
        s += a < b ? "1" : "0";
        s += a <= b ? "1" : "0";
        s += a > b ? "1" : "0";
        s += a >= b ? "1" : "0";
        s += a == b ? "1" : "0";
        s += a != b ? "1" : "0";
        s += !(a < b) ? "1" : "0";
        s += !(a <= b) ? "1" : "0";
        s += !(a > b) ? "1" : "0";
        s += !(a >= b) ? "1" : "0";
        int k = 0;
        if (a < b) k += 1;
        if (!(a < b)) k += 2;
        if (a >= b) k += 4;
        if (!(a >= b)) k += 8;
        if (a > b) k += 16;
        if (!(a > b)) k += 32;
        if (a <= b) k += 64;
        if (!(a <= b)) k += 128;
        if (a == b) k += 256;
        if (a != b) k += 512;
        bool lt = a < b; bool nlt = !(a < b);
        return s + " " + k + " " + lt + nlt + a.CompareTo(b) + " " + a.Equals(b);
    }

    static string CmpF(float a, float b)
    {
        int k = 0;
        if (a < b) k += 1;
        if (!(a < b)) k += 2;
        if (a >= b) k += 4;
        if (!(a >= b)) k += 8;
        if (a > b) k += 16;
        if (!(a > b)) k += 32;
        if (a <= b) k += 64;
        if (!(a <= b)) k += 128;
        if (a == b) k += 256;
        if (a != b) k += 512;
        return k + " " + a.CompareTo(b);
    }

    static void Main()
    {
        double[] vs = { double.NaN, 1.0, -0.0, 0.0, double.PositiveInfinity, double.NegativeInfinity };
        foreach (double a in vs)
            foreach (double b in vs)
                Console.WriteLine($"{a} ? {b}: {Cmp(D(a), D(b))} f:{CmpF(F((float)a), F((float)b))}");
        // loop with NaN condition terminates immediately
        int n = 0;
        for (double x = D(double.NaN); x < 10; x++) n++;
        int m = 0;
        for (double x = D(0); !(x >= D(double.NaN)) && m < 5; x++) m++;
        Console.WriteLine($"loops {n} {m}");
        // float32 rounding after each op
        float acc = 0;
        for (int i = 0; i < 1000; i++) acc += F(0.1f);
        Console.WriteLine("acc " + acc.ToString("R") + " " + ((double)acc).ToString("R"));
        float big = F(16777216f);
        float r1 = big + F(1f);
        Console.WriteLine("16777216f+1 " + r1.ToString("R") + " " + (big + F(1f) == big) + " " + ((double)big + 1 == big));
        float p = F(1.1f) * F(1.1f);
        sf = F(1.1f) * F(1.1f);
        fa[1] = F(1.1f) * F(1.1f);
        double viaDouble = (double)F(1.1f) * F(1.1f);
        Console.WriteLine($"mul {p:R} {sf:R} {fa[1]:R} {viaDouble:R} {(double)p == viaDouble} {(double)(F(1.1f) * F(1.1f)) == viaDouble}");
        float third = F(1f) / F(3f);
        Console.WriteLine($"third {third:R} {((double)third):R} {(third * 3f == 1f)} {F(0.1f) + F(0.2f) == F(0.3f)} {D(0.1) + D(0.2) == D(0.3)}");
        float fx = F(3.4e38f); float ov = fx * F(10f);
        Console.WriteLine($"ovf {ov} {(double)fx * 10} {fx * F(10f) / F(10f)} {(float)((double)fx * 10 / 10)}");
        float tiny = F(1e-45f); Console.WriteLine($"tiny {tiny:R} {tiny / F(2f)} {tiny * F(0.75f):R} {tiny * F(1.5f):R}");
        float h = F(0.5f); double hd = D(0.3);
        float mix = (float)(h + hd); double mixd = h + hd;
        Console.WriteLine($"mix {mix:R} {mixd:R} {(float)hd:R} {(double)(float)hd:R}");
        // double -> float rounding ties (round-half-even in binary)
        double[] ties = { 1.0000000596046448, 1.0000001788139343, 16777217.0, 16777219.0, 3.4028235677973366E+38, 3.4028235677973362E+38, 1.401298464324817E-45, 7.006492321624085E-46, 7.006492321624087E-46 };
        foreach (double t in ties) Console.Write(((float)D(t)).ToString("R") + " ");
        Console.WriteLine();
        // int/long -> float rounding
        Console.WriteLine($"i2f {(float)I(16777217)} {(float)I(16777219)} {(float)L(9007199254740993)} {(double)L(9007199254740993)} {(float)UL(18446744073709551615)} {(double)UL(9223372036854775809)} {(float)UL(9223372311732682753)}");
        // % on doubles
        double[] mods = { 5.5, -5.5, 0.0, -0.0, double.PositiveInfinity, double.NaN, 1e300 };
        double[] divs = { 2, -2, double.PositiveInfinity, 0.0, 1e-300, 0.1 };
        foreach (double a in mods)
        {
            Console.Write($"{a} %:");
            foreach (double b in divs) Console.Write(" " + (D(a) % D(b)).ToString("R"));
            Console.WriteLine($" | f {F((float)a) % F(2f)} {F((float)a) % F(-0.1f):R}");
        }
        // formatting of tricky values
        double[] fmt = { 5e-324, 1.7976931348623157E+308, 0.1 + 0.2, 1e21, 1e-7, 123456789012345680000.0, 1e15, 1e16, 9007199254740993.0, 0.000123, 1.0 / 3, 2.0 / 3, -0.0, 100, 1e-5, 12345.678 };
        foreach (double v in fmt)
            Console.WriteLine($"{v} | {v:R} | {v:G17} | {v:E} | {v:G5} | {v:N2} | {v:F3} | {(float)v} | {(float)v:G9}");
        float[] ff = { 0.1f, 1f / 3, 16777216f, 1e-45f, 3.4028235e38f, 1e10f, 123456.7f, 1e-5f, 7e22f };
        foreach (float v in ff)
            Console.WriteLine($"{v} | {v:R} | {v:G9} | {v:E} | {v:F2} | {(double)v}");
    }
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static long L(long x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static ulong UL(ulong x) => x;
}
