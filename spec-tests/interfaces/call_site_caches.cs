// One virtual or interface call site seeing receivers of changing types: classes overriding
// and inheriting, boxed structs whose own method needs the value (not the box), and targets
// implemented by the runtime (object.ToString on a struct, string.GetHashCode).
using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }

class Square : IShape
{
    public double Side;
    public Square(double s) { Side = s; }
    public virtual double Area() => Side * Side;
    public string Name => "square";
    public override string ToString() => "Square(" + Side + ")";
}

class Cube : Square
{
    public Cube(double s) : base(s) { }
    public override double Area() => 6 * base.Area();
}

struct Circle : IShape
{
    public double R;
    public Circle(double r) { R = r; }
    public double Area() => 3 * R * R;
    public string Name => "circle";
    public override string ToString() => "Circle(" + R + ")";
}

struct Dot : IShape
{
    public int Id;
    public double Area() => Id;
    public string Name => "dot" + Id;
    // ToString is not overridden: the call reaches ValueType/Object's version.
}

static class Program
{
    static double Total(IShape[] shapes)
    {
        double t = 0;
        foreach (var s in shapes) t += s.Area(); // one interface call site
        return t;
    }

    static string Names(IShape[] shapes)
    {
        var parts = new List<string>();
        foreach (var s in shapes) parts.Add(s.Name + ":" + s.ToString()); // interface and virtual sites
        return string.Join(" ", parts);
    }

    static int Hashes(object[] objects)
    {
        int h = 0;
        foreach (var o in objects) h = h * 31 + (o.Equals(o) ? 1 : 0) + (o is string s ? s.Length : 0);
        return h;
    }

    public static int Main()
    {
        var shapes = new IShape[] { new Square(2), new Square(3), new Cube(1), new Circle(1), new Circle(2), new Dot { Id = 7 }, new Square(4), new Cube(2), new Dot { Id = 1 } };
        Console.WriteLine(Total(shapes));
        for (int round = 0; round < 3; round++) Console.WriteLine(Total(shapes) * (round + 1));
        Console.WriteLine(Names(shapes));

        // The same site, mutating a boxed struct through the interface: the box's value changes.
        object boxed = new Circle(5);
        Console.WriteLine(((IShape)boxed).Area() + " " + boxed);

        // Same receiver type many times, then a new one (the cache must switch).
        Square sq = new Square(1);
        double acc = 0;
        for (int i = 0; i < 1000; i++) { acc += sq.Area(); if (i == 500) sq = new Cube(1); }
        Console.WriteLine(acc);

        Console.WriteLine(Hashes(new object[] { "ab", 3, new Square(1), 2.5, "xyz", new Dot(), 'c' }));
        return (int)acc % 100;
    }
}
