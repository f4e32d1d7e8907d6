// default(T) for structs, parameterless struct constructors, field initializers, readonly structs.
using System;

struct Point
{
    public int X = 1;
    public int Y;
    public Point() { Y = 2; }
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => $"({X},{Y})";
}

struct Plain { public int A; public string? S; public double D; public bool B; }

readonly struct Frozen
{
    public int V { get; }
    public Frozen(int v) => V = v;
    public Frozen With(int v) => new Frozen(v);
}

record struct Pair(int L, int R);

class Program
{
    static T Make<T>() where T : new() => new T();

    static void Main()
    {
        Point a = new Point();
        Point b = default;
        Point c = new Point(5, 6);
        Point[] arr = new Point[1];
        Console.WriteLine($"new()={a} default={b} ctor={c} array={arr[0]} generic={Make<Point>()}");
        Plain p = default;
        Console.WriteLine($"{p.A} [{p.S ?? "null"}] {p.D} {p.B}");
        var f = new Frozen(3);
        Console.WriteLine(f.V + " " + f.With(4).V + " " + default(Frozen).V);
        var pr = new Pair(1, 2);
        var pr2 = pr with { R = 5 };
        Console.WriteLine(pr + " " + pr2 + " " + (pr == new Pair(1, 2)) + " " + default(Pair));
        Console.WriteLine(default(int) + " " + default(bool) + " " + (default(string) == null) + " " + default(decimal) + " " + default(DateTime).Ticks + " " + default(char).Equals('\0'));
        Point? maybe = null;
        Console.WriteLine(maybe.HasValue + " " + maybe.GetValueOrDefault() + " " + (maybe ?? new Point(9, 9)));
        Console.WriteLine(System.Runtime.CompilerServices.Unsafe.SizeOf<Point>() + " " + System.Runtime.CompilerServices.Unsafe.SizeOf<Plain>());
        var eq1 = new Point(1, 2);
        var eq2 = new Point(1, 2);
        Console.WriteLine(eq1.Equals(eq2) + " " + eq1.Equals(new Point(2, 1)) + " " + eq1.Equals((object)eq2));
    }
}
