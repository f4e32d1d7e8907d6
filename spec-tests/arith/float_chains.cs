// Float64 shapes the interpreter fuses: a product feeding an add or subtract (either side), a
// difference feeding an add, a sum compared with a constant in a branch, and a field updated by
// a product (`o.F += x * y`, `o.F -= x * y`). Each keeps IL's separate roundings and is checked on
// NaN, infinities, signed zeros, values where a fused multiply-add would round differently,
// null objects, packed (misaligned) fields and right sides that touch the field themselves.
using System;
using System.Runtime.InteropServices;

public class Body { public double X, V, M; public int Tag; }

[StructLayout(LayoutKind.Sequential, Pack = 1)]
public class Packed { public byte B; public double F; }

public static class Program
{
    static string Bits(double d) => d.ToString("R") + (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0 ? "(neg)" : "");

    static double MulAdd(double x, double y, double c) => x * y + c;
    static double AddMul(double x, double y, double c) => c + x * y;
    static double MulSub(double x, double y, double c) => x * y - c;
    static double SubMul(double x, double y, double c) => c - x * y;
    static double SubAdd(double x, double y, double c) => x - y + c;
    static double AddSub(double x, double y, double c) => c + (x - y);
    static double KMulAdd(double x, double y, double c) => 0.1 * x * y + c; // ((0.1 * x) * y) + c, each step rounded
    static double KMulAdd3(double x, double y, double c) => 3.0 * x * y + c;
    // Two products in a row into variables, reading each other's results and sharing a destination.
    static string Products(double a, double b, double c, double d)
    {
        double x = 0, y = 1;
        x = a * b; y = x * x;
        string r = Bits(x) + " " + Bits(y);
        x = y * b; y = c * d;
        r += " " + Bits(x) + " " + Bits(y);
        x = a * c; x = x * d;
        r += " " + Bits(x);
        y = x * a; x = y * y;
        return r + " " + Bits(x) + " " + Bits(y);
    }
    static double SumOfSquares(double a, double b, double c) => a * a + b * b + c * c;

    static int Escape(double cr, double ci)
    {
        double zr = 0, zi = 0, tr = 0, ti = 0;
        int i = 0;
        while (i < 50 && tr + ti <= 4.0)
        {
            zi = 2.0 * zr * zi + ci;
            zr = tr - ti + cr;
            tr = zr * zr;
            ti = zi * zi;
            i++;
        }
        return i;
    }

    // Each comparison of a sum with a constant, with and without .un (the negated forms).
    static string Compare(double a, double b)
    {
        string s = "";
        s += a + b < 1.5 ? "<" : ".";
        s += a + b <= 1.5 ? "l" : ".";
        s += a + b > 1.5 ? ">" : ".";
        s += a + b >= 1.5 ? "g" : ".";
        s += a + b == 1.5 ? "=" : ".";
        s += a + b != 1.5 ? "!" : ".";
        s += !(a + b < 1.5) ? "n<" : "..";
        s += !(a + b > 1.5) ? "n>" : "..";
        if (a + b >= 1.5) s += "G"; else s += "-";
        for (int n = 0; n < 5 && a + b < 1.5; n++) a += 1.0;
        return s + " " + a;
    }

    static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
    static double Weighted(double[] u, int n)
    {
        double s = -0.0;
        for (int j = 0; j < n; j++) s += 1.0 / (j + 1) * u[j];
        return s;
    }
    static string TryDot(double[] a, double[] b)
    {
        try { return Bits(Dot(a, b)); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static double Inv(int n) => 1.0 / n;
    static double NegInv(int n) => -2.5 / n;
    static double Harmonic(int n) { double s = 0; for (int i = 1; i <= n; i++) s += 1.0 / i; return s; }

    static double counter;
    static double Bump() { counter += 1; return 2.0; }
    static double ReadsField(Body b) => b.X * 10;

    public static int Main()
    {
        double[] vals = { 0.0, -0.0, 1.0, -1.0, 0.1, 3.0, 1e308, -1e308, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        long hash = 17;
        foreach (double x in vals)
            foreach (double y in vals)
                foreach (double c in new[] { 0.0, -0.0, 1.0, double.NaN, double.NegativeInfinity, 1e308 })
                {
                    double[] r = { MulAdd(x, y, c), AddMul(x, y, c), MulSub(x, y, c), SubMul(x, y, c), SubAdd(x, y, c), AddSub(x, y, c), KMulAdd(x, y, c), KMulAdd3(x, y, c) };
                    foreach (double v in r) hash = hash * 31 + BitConverter.DoubleToInt64Bits(double.IsNaN(v) ? double.NaN : v);
                }
        Console.WriteLine("hash " + hash);
        // 0.1 * 10 - 1 is 0 with a separate rounding, 5.55e-17 with a fused multiply-add.
        Console.WriteLine(Products(1.5, -2, 1e200, 1e200) + " | " + Products(-0.0, 3, double.NaN, 0) + " | " + Products(0.1, 0.2, 0.3, 3));
        Console.WriteLine(Bits(KMulAdd(3, 1e-1, 0)) + " " + Bits(KMulAdd(7, 0.3, -0.21)) + " " + Bits(KMulAdd3(1e308, 1, double.NegativeInfinity)) + " " + Bits(KMulAdd3(-0.0, 1, -0.0)));
        Console.WriteLine(Bits(MulSub(0.1, 10, 1)) + " " + Bits(SubMul(0.1, 10, 1)) + " " + Bits(MulAdd(0.1, 10, -1)) + " " + Bits(AddMul(-0.1, 10, 1)));
        Console.WriteLine(Bits(MulAdd(-0.0, 1, -0.0)) + " " + Bits(AddMul(0.0, -1, -0.0)) + " " + Bits(SubMul(1, 0, -0.0)) + " " + Bits(SubAdd(0.0, 0.0, -0.0)) + " " + Bits(AddSub(-0.0, 0.0, -0.0)));
        Console.WriteLine(Bits(MulAdd(1e308, 10, double.NegativeInfinity)) + " " + Bits(SubAdd(1e308, -1e308, -1e308)) + " " + Bits(SumOfSquares(3, 4, 12)) + " " + Bits(SumOfSquares(1e200, 1, 1)));
        int esc = 0;
        for (int y = 0; y < 20; y++) for (int x = 0; x < 30; x++) esc = esc * 7 + Escape(x * 0.1 - 2.0, y * 0.1 - 1.0);
        Console.WriteLine("escape " + esc + " " + Escape(0, 0) + " " + Escape(2, 2) + " " + Escape(double.NaN, 0));
        foreach (double a in new[] { 0.5, 1.0, 1.5, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            Console.WriteLine(Bits(a) + " " + Compare(a, 0.5));

        Console.WriteLine(Bits(Inv(0)) + " " + Bits(Inv(-1)) + " " + Bits(Inv(3)) + " " + Bits(Inv(int.MinValue)) + " " + Bits(NegInv(0)) + " " + Bits(NegInv(int.MaxValue)) + " " + Bits(0.0 / (int)(Inv(7) * 0)) + " " + Bits(Harmonic(1000)));
        double[] da = { 1, 2, 3 }, db = { 4, -5, 0.5 }, dn = { double.NaN, 1, 1 }, dz = { -0.0, -0.0 };
        Console.WriteLine(TryDot(da, db) + " " + TryDot(new double[0], null) + " " + TryDot(dn, db) + " " + TryDot(da, new double[2]) + " " + TryDot(da, null) + " " + TryDot(dz, new[] { 1.0, 2.0 }));
        Console.WriteLine(Bits(Weighted(new[] { 1.0, 1.0, 1.0, 1.0 }, 4)) + " " + Bits(Weighted(dz, 2)) + " " + Bits(Weighted(dz, 0)) + " " + Bits(Weighted(da, 3)));
        var b = new Body { X = 1.5, V = -2.0, M = 3.0 };
        double dx = 0.25, dt = 0.1;
        for (int i = 0; i < 10; i++) { b.V += dx * b.M; b.X -= dt * b.V; b.M -= dx * dt; }
        Console.WriteLine(Bits(b.X) + " " + Bits(b.V) + " " + Bits(b.M));
        b.X += b.X * b.X;           // the right side reads the field being updated
        b.V -= b.V * 2;
        Console.WriteLine(Bits(b.X) + " " + Bits(b.V));
        // The field loaded a second time on the right side, then changed there: the first load is the one updated.
        b.Tag = 5; b.Tag += b.Tag * 3; int t1 = b.Tag; b.Tag -= b.Tag << 1; b.Tag += b.Tag + 1;
        double x0 = b.X; b.X += b.X * 0.5; b.X -= b.X / 4;
        Console.WriteLine(t1 + " " + b.Tag + " " + Bits(x0) + " " + Bits(b.X));
        b.X += Bump() * b.M;        // a call on the right side: not fused, still correct
        b.M -= ReadsField(b) * dt;
        b.V += (b.X - b.M);         // a difference added into a field
        b.V += b.X - b.M + 1;
        Console.WriteLine(Bits(b.X) + " " + Bits(b.V) + " " + Bits(b.M) + " " + counter);
        b.X = double.PositiveInfinity; b.X -= double.PositiveInfinity * 1; b.M = -0.0; b.M += -0.0 * 5;
        Console.WriteLine(Bits(b.X) + " " + Bits(b.M));
        double keep = b.V;
        double used = b.V += dx * dt;      // the updated value used as a value
        Console.WriteLine(Bits(used - keep));

        // A field updated by a product with another object's field (o.F += x * p.G), and with its own.
        var c1 = new Body { X = 1, V = 2, M = 0.5 }; var c2 = new Body { X = 10, V = -3, M = 4 };
        for (int i = 0; i < 3; i++) { c1.X += dt * c2.V; c2.X -= dt * c1.M; c1.V += c1.V * c1.M; c2.M -= (dx + dt) * c1.X; }
        Console.WriteLine(Bits(c1.X) + " " + Bits(c2.X) + " " + Bits(c1.V) + " " + Bits(c2.M));
        Body none = null;
        try { c1.X += dt * none.V; Console.WriteLine("no throw"); } catch (NullReferenceException) { Console.WriteLine("NRE (other object null) " + Bits(c1.X)); }
        try { none.X -= dt * c1.V; Console.WriteLine("no throw"); } catch (NullReferenceException) { Console.WriteLine("NRE (updated object null)"); }
        var p = new Packed { B = 1, F = 2.5 };
        var q = new Packed { B = 2, F = -1.25 };
        for (int i = 0; i < 3; i++) { p.F += dt * q.F; q.F -= dx * p.F; }
        Console.WriteLine("packed pair " + Bits(p.F) + " " + Bits(q.F));
        for (int i = 0; i < 4; i++) { p.F += p.F * 0.5; p.F -= dx * dt; }
        Console.WriteLine("packed " + Bits(p.F) + " " + p.B);

        Body nobody = null;
        try { nobody.V += dx * dt; Console.WriteLine("no throw"); }
        catch (NullReferenceException) { Console.WriteLine("NRE on the field update"); }
        int steps = 0;
        try { for (steps = 0; steps < 3; steps++) { Body o = steps == 2 ? null : b; o.V -= dx * o.M; } }
        catch (NullReferenceException) { Console.WriteLine("NRE at step " + steps); }
        return (int)(b.M * 10) & 0x3f;
    }
}
