// Shapes the interpreter fuses into single ops, at their edges: shift counts >= width inside
// xor/shift mixes, products shifted, swaps with i == j and with an out-of-range second index
// (the first writes must have happened), a dot-product step hitting a bad index, o.F += x * p.G
// with p null, sieve-style loops with large steps that overflow, reversal loops, x = ++c on a
// captured/ref variable, k / (double)n with n = 0, constant-index element loads out of range,
// multiply-add chains that must not be fused into FMA, Dictionary keys NaN / -0.0.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Body { public double F, G; public int I; }

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)] static int I(int x) => x;
    [MethodImpl(MethodImplOptions.NoInlining)] static double D(double x) => x;
    static void T(string name, Func<object> f)
    {
        string r;
        try { var v = f(); r = v is double d ? d.ToString("R") : v.ToString()!; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }

    static void Main()
    {
        int x = I(0x12345678), y = I(-0x789ABCD);
        uint ux = (uint)x, uy = (uint)y;
        long lx = x * 0x100000001L, ly = y;
        for (int k = 29; k <= 35; k += 3)
        {
            int kk = I(k);
            Console.WriteLine($"mix k={k}: {x ^ (y << kk)} {x ^ (y >> kk)} {x ^ (y >>> kk)} {ux ^ (uy >> kk)} {(x * y) >> kk} {(x * y) >>> kk} {lx ^ (ly << kk)} {(lx * ly) >> kk} {(ux * uy) >> kk}");
        }
        uint s;
        s = (uint)I(unchecked((int)2463534242u));
        for (int i = 0; i < 5; i++) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; }
        Console.WriteLine("xorshift32: " + s);

        int[] a = { 10, 20, 30, 40 };
        int i0 = I(1), j0 = I(1);
        int t = a[i0]; a[i0] = a[j0]; a[j0] = t;
        Console.WriteLine($"swap i==j: {string.Join(",", a)} t={t}");
        int t2 = -1;
        T("swap bad j", () => { int i = I(0), j = I(4); t2 = a[i]; a[i] = a[j]; a[j] = t2; return "no"; });
        Console.WriteLine($"after bad swap: {string.Join(",", a)} t2={t2}");
        T("swap bad i", () => { int i = I(-1), j = I(0); t2 = a[i]; a[i] = a[j]; a[j] = t2; return "no"; });
        double[] va = { 1.5, 2.5, 3.5 };
        double acc = 0;
        T("dot bad index", () => { for (int i = 0; i <= va.Length; i++) acc = acc + D(2) * va[i]; return acc; });
        Console.WriteLine("acc after: " + acc);
        Body o = new Body { F = 1 }, p = null!;
        T("o.F += x*p.G null", () => { o.F += D(3) * p.G; return o.F; });
        T("o.F -= x*p.G", () => { p = new Body { G = 0.1 }; o.F -= D(3) * p.G; return o.F; });
        Body? on = null;
        T("null.F += x*p.G", () => { on!.F += D(3) * p.G; return "no"; });

        byte[] sieve = new byte[50];
        int count = 0;
        for (int step = I(7); count < 3; count++)
        {
            for (int m = step * count; m < sieve.Length; m += step) sieve[m] = 1;
        }
        int marks = 0; foreach (byte b in sieve) marks += b;
        Console.WriteLine("sieve marks: " + marks);
        int iters = 0;
        T("overflowing step", () => { for (int m = I(int.MaxValue - 10); m < int.MaxValue && iters < 10; m += I(6)) { iters++; } return iters; });
        T("big step store", () => { byte[] bb = new byte[10]; int n = 0; for (int m = I(3); m < bb.Length; m += I(1 << 30)) { bb[m] = 2; n++; } return n + ":" + bb[3]; });
        T("neg step", () => { byte[] bb = new byte[10]; int n = 0; for (int m = I(9); m < bb.Length && n < 20; m += I(-4)) { bb[m] = 1; n++; } return n; });

        foreach (int len in new[] { 0, 1, 2, 5 })
        {
            int[] r = new int[len];
            for (int k = 0; k < len; k++) r[k] = k;
            int lo = 0, hi = len - 1;
            while (lo < hi) { int tmp = r[lo]; r[lo] = r[hi]; r[hi] = tmp; lo++; hi--; }
            Console.Write($"rev{len}: {string.Join("", r)} lo={lo} hi={hi}; ");
        }
        Console.WriteLine();
        int c = I(5);
        Func<int> rc = () => c;
        int got = ++c;
        int viaRef = Bump(ref c);
        Console.WriteLine($"++c: {got} {rc()} {viaRef} {c} {(c = I(3)) > 2} {c}");

        int zero = I(0), negk = I(-7);
        T("k/(double)0", () => 7 / (double)zero);
        T("-k/(double)0", () => negk / (double)zero);
        T("0/(double)0", () => 0 / (double)zero);
        T("k/(double)n", () => 1 / (double)I(3));
        int[] empty = new int[I(0)];
        T("a[0] of empty", () => empty[0]);
        T("a[2] of len 2", () => { int[] two = new int[I(2)]; return two[2]; });
        double m1 = D(0.1), m2 = D(10), m3 = D(-1);
        double fma1 = m1 * m2 + m3;
        double fma2 = m3 + m1 * m2;
        double fma3 = m1 * m2 - 1.0;
        double z = D(1e16);
        double prod2a = z * z, prod2b = m1 * m1;
        double kmul = 2 * m1 * m1 + m3;
        Console.WriteLine($"no fma: {fma1:R} {fma2:R} {fma3:R} {prod2a - 1e32:R} {prod2b:R} {kmul:R} {Math.FusedMultiplyAdd(m1, m2, m3):R}");
        float fm1 = (float)D(0.1), fm2 = 10f;
        float ffma = fm1 * fm2 - 1f;
        Console.WriteLine($"float no fma: {ffma:R}");

        var dict = new Dictionary<double, string> { [double.NaN] = "nan", [0.0] = "zero" };
        T("dict NaN", () => dict[D(double.NaN)]);
        T("dict -0", () => dict[D(-0.0)]);
        T("dict count", () => dict.Count);
        var fdict = new Dictionary<float, int> { [float.NaN] = 1, [-0f] = 2 };
        T("fdict 0", () => fdict[(float)D(0)]);
        var set = new HashSet<double> { 0.0, -0.0, double.NaN, -double.NaN };
        T("set count", () => set.Count);
        var sdict = new Dictionary<string, int> { ["a"] = 1 };
        T("dict null key", () => sdict[null!]);
        T("dict missing", () => sdict["b"]);
        var ldict = new Dictionary<long, int> { [long.MinValue] = 1, [0] = 2, [-1] = 3 };
        T("ldict", () => ldict[long.MinValue] + ldict[-1] * 10);
    }
    static int Bump(ref int v) { int r = ++v; return r; }
}
