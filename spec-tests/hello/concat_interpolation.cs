// String concatenation and interpolation with values of many types.
using System;

class Point
{
    public int X, Y;
    public override string ToString() => $"({X}, {Y})";
}

class Program
{
    static void Main()
    {
        int i = 3;
        long l = -4;
        double d = 2.75;
        float f = 0.1f;
        bool b = true;
        char c = 'Z';
        string? s = null;
        object o = new Point { X = 1, Y = 2 };

        Console.WriteLine("i=" + i + " l=" + l + " d=" + d + " f=" + f);
        Console.WriteLine("b=" + b + " c=" + c + " s=" + s + " o=" + o);
        Console.WriteLine(i + l + "!" + i + l);
        Console.WriteLine(c + 1);
        Console.WriteLine("" + c + 1);
        Console.WriteLine(string.Concat("a", null, "b", 1, 'c'));
        Console.WriteLine(string.Concat(new object?[] { 1, null, 2.5, "x" }));
        Console.WriteLine($"i={i} l={l} d={d} f={f} b={b} c={c} s={s} o={o}");
        Console.WriteLine($"[{i,5}] [{i,-5}] [{d:F3}] [{d,10:F1}] [{l:D4}]");
        Console.WriteLine($"{{braces}} {i * 2} {(b ? "yes" : "no")}");
        Console.WriteLine($"nested {$"inner {i}"} end");
        const string Name = "const";
        const string Greeting = $"hello {Name}";
        Console.WriteLine(Greeting);
        string raw = $"""
            raw "quotes" {i}
              indented
            """;
        Console.WriteLine(raw);
    }
}
