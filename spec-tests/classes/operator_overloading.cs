// User-defined operators and conversions on a class and a struct.
using System;

readonly struct Vec
{
    public readonly double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y);
    public static Vec operator -(Vec a) => new(-a.X, -a.Y);
    public static Vec operator *(Vec a, double k) => new(a.X * k, a.Y * k);
    public static Vec operator *(double k, Vec a) => a * k;
    public static bool operator ==(Vec a, Vec b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec a, Vec b) => !(a == b);
    public override bool Equals(object? o) => o is Vec v && v == this;
    public override int GetHashCode() => X.GetHashCode() ^ Y.GetHashCode();
    public override string ToString() => $"<{X}, {Y}>";
    public static implicit operator Vec((double, double) t) => new(t.Item1, t.Item2);
    public static explicit operator double(Vec v) => Math.Sqrt(v.X * v.X + v.Y * v.Y);
}

class Fraction
{
    public int N { get; }
    public int D { get; }
    public Fraction(int n, int d) { int g = Gcd(Math.Abs(n), Math.Abs(d)); if (d < 0) { n = -n; d = -d; } N = n / g; D = d / g; }
    static int Gcd(int a, int b) => b == 0 ? (a == 0 ? 1 : a) : Gcd(b, a % b);
    public static Fraction operator +(Fraction a, Fraction b) => new(a.N * b.D + b.N * a.D, a.D * b.D);
    public static Fraction operator *(Fraction a, Fraction b) => new(a.N * b.N, a.D * b.D);
    public static bool operator <(Fraction a, Fraction b) => a.N * b.D < b.N * a.D;
    public static bool operator >(Fraction a, Fraction b) => b < a;
    public static Fraction operator ++(Fraction a) => new(a.N + a.D, a.D);
    public static bool operator true(Fraction f) => f.N != 0;
    public static bool operator false(Fraction f) => f.N == 0;
    public static implicit operator Fraction(int n) => new(n, 1);
    public static explicit operator double(Fraction f) => (double)f.N / f.D;
    public override string ToString() => D == 1 ? N.ToString() : $"{N}/{D}";
}

class Program
{
    static void Main()
    {
        Vec a = new(1, 2), b = (3.5, -1);
        Console.WriteLine($"{a + b} {-a} {a * 2} {0.5 * b} {(double)new Vec(3, 4)}");
        Console.WriteLine($"{a == new Vec(1, 2)} {a != b} {a.Equals(b)}");
        Vec acc = default;
        for (int i = 0; i < 3; i++) acc += a;
        Console.WriteLine(acc);
        var h = new Fraction(1, 2);
        var t = new Fraction(1, 3);
        Console.WriteLine($"{h + t} {h * t} {h < t} {h > t} {h + 1} {(double)(h + t):F4} {new Fraction(6, -8)}");
        var f = new Fraction(-1, 2);
        f++;
        Console.WriteLine(f);
        if (new Fraction(0, 5)) Console.WriteLine("zero is true?"); else Console.WriteLine("zero is false");
        Fraction sum = 0;
        for (int i = 1; i <= 4; i++) sum += new Fraction(1, i);
        Console.WriteLine(sum);
    }
}
