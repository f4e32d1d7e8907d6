// Arithmetic on fields that the interpreter fuses (a.X - b.X, x * o.F, o.F += v, o.F -= v for
// double and int fields) next to shapes it must not fuse: an update whose right side calls a
// method that changes the same field, reads another object that may be null, or divides.
using System;
using System.Runtime.InteropServices;

class Vec
{
    public double X, Y;
    public int Count;
    public long Big;
    public Vec Other;
    public Vec(double x, double y) { X = x; Y = y; }
    public double BumpX() { X += 100; return 1; }
}

[StructLayout(LayoutKind.Sequential, Pack = 1)]
class Packed
{
    public byte Tag;
    public double D;   // not 8-aligned
    public int I;      // not 4-aligned
}

struct Cell { public double V; public int N; }

static class Program
{
    static double Dist2(Vec a, Vec b)
    {
        double dx = a.X - b.X, dy = a.Y - b.Y;
        return dx * dx + dy * dy;
    }

    static double Scaled(Vec a, double k) => k * a.X + a.Y * k - (a.X - k);

    static void Step(Vec a, Vec b, double dt)
    {
        a.X += dt * a.Y;
        a.Y -= dt * b.X;
        b.X += a.X * 0.5;
        b.Y -= 1.0 / dt;
        a.Count += 3;
        a.Count -= b.Count * 2;
        b.Count += a.Count << 1;
        a.Big += a.Count;
    }

    public static int Main()
    {
        var a = new Vec(1.5, -2.25);
        var b = new Vec(-0.5, 4.0) { Count = 7 };
        Console.WriteLine(Dist2(a, b).ToString("R") + " " + Scaled(a, 3).ToString("R"));
        for (int i = 0; i < 5; i++) Step(a, b, 0.125 * (i + 1));
        Console.WriteLine(a.X.ToString("R") + " " + a.Y.ToString("R") + " " + b.X.ToString("R") + " " + b.Y.ToString("R"));
        Console.WriteLine(a.Count + " " + b.Count + " " + a.Big);

        // The right side changes the field: the field is read before the call, as C# says.
        var c = new Vec(1, 1);
        c.X += c.BumpX();
        c.Y -= c.BumpX() * 2;
        Console.WriteLine(c.X + " " + c.Y);

        // Overflow wraps in unchecked int arithmetic.
        var w = new Vec(0, 0) { Count = int.MaxValue };
        w.Count += 1;
        w.Count -= 2;
        Console.WriteLine(w.Count);

        // NaN and infinities pass through.
        var n = new Vec(double.NaN, double.PositiveInfinity);
        n.X += 1; n.Y -= double.PositiveInfinity;
        Console.WriteLine(n.X + " " + n.Y);

        // A null object: NullReferenceException, and the field of another object is untouched.
        Vec nul = null;
        try { nul.X += a.X; } catch (NullReferenceException) { Console.WriteLine("null update"); }
        try { Console.WriteLine(a.X - nul.X); } catch (NullReferenceException) { Console.WriteLine("null operand"); }
        try { a.X += a.Other.X; } catch (NullReferenceException) { Console.WriteLine("null inside the update, a.X still " + a.X.ToString("R")); }
        try { a.Count += 10 / b.Other.Count; } catch (NullReferenceException) { Console.WriteLine("null before a division"); }
        int zero = 0;
        try { a.Count += 10 / zero; } catch (DivideByZeroException) { Console.WriteLine("divide by zero, count still " + a.Count); }

        // Misaligned fields of a packed class.
        var p = new Packed { Tag = 1, D = 2.5, I = 40 };
        p.D += 0.25; p.D -= p.D * 2; p.I += 2; p.I -= 50;
        Console.WriteLine(p.D + " " + p.I + " " + (p.D * p.D - p.I));

        // Fields of array elements and of structs in arrays.
        var vs = new[] { new Vec(1, 2), new Vec(3, 4) };
        for (int i = 0; i < vs.Length; i++) { vs[i].X += i * 10; vs[i].Count -= i; }
        var cells = new Cell[3];
        for (int i = 0; i < cells.Length; i++) { cells[i].V += i * 1.5; cells[i].N += i; cells[i].V -= cells[i].N; }
        Console.WriteLine(vs[0].X + " " + vs[1].X + " " + vs[1].Count + " " + cells[2].V + " " + cells[2].N);
        // Updates used as values keep the old or new value.
        var u = new Vec(0.5, 0) { Count = 5 };
        int old = u.Count++;
        int pre = ++u.Count;
        double oldX = u.X++;
        var slots = new int[4];
        slots[u.Count - 7 + 0] = 1; slots[(u.Count++) - 6] = 2;
        Console.WriteLine(old + " " + pre + " " + u.Count + " " + oldX + " " + u.X + " " + string.Join(",", slots));
        // An assignment inside the right side is seen by the handler when the update throws.
        double seen = 0;
        try { nul.X += (seen = a.Y * 2); } catch (NullReferenceException) { Console.WriteLine("seen " + seen.ToString("R")); }
        return (int)(a.Count & 0x3f);
    }
}
