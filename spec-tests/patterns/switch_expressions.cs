// switch expressions and statements with constant, type, relational, logical and property patterns.
using System;

abstract record Shape;
record Circle(double R) : Shape;
record Rect(double W, double H) : Shape;
record Tri(double A, double B, double C) : Shape;

class Program
{
    static string Classify(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        1 or 2 or 3 => "small",
        >= 4 and < 10 => "medium",
        _ when n % 2 == 0 => "big even",
        _ => "big odd",
    };

    static double Area(Shape s) => s switch
    {
        Circle { R: var r } => Math.Round(Math.PI * r * r, 3),
        Rect { W: var w, H: var h } when w == h => w * w,
        Rect(var w, var h) => w * h,
        Tri(var a, var b, var c) => HeronArea(a, b, c),
        _ => throw new ArgumentException("unknown shape"),
    };

    static double HeronArea(double a, double b, double c) { var s = (a + b + c) / 2; return Math.Sqrt(s * (s - a) * (s - b) * (s - c)); }

    static string Describe(object? o)
    {
        switch (o)
        {
            case null: return "null";
            case int i when i > 100: return "large int " + i;
            case int i: return "int " + i;
            case string { Length: 0 }: return "empty string";
            case string s: return $"string of {s.Length}";
            case int[] { Length: > 2 } arr: return "int array starting " + arr[0];
            case Array a: return "array of " + a.Length;
            case IFormattable f: return "formattable " + f.ToString("G", null);
            default: return "something else: " + o.GetType().Name;
        }
    }

    static void Main()
    {
        foreach (var n in new[] { -5, 0, 2, 7, 12, 15 }) Console.Write(Classify(n) + "; ");
        Console.WriteLine();
        Shape[] shapes = { new Circle(1), new Rect(2, 2), new Rect(2, 3), new Tri(3, 4, 5) };
        foreach (var s in shapes) Console.WriteLine(s + " -> " + Area(s));
        object?[] things = { null, 5, 500, "", "hello", new[] { 9, 8, 7 }, new[] { 1 }, 2.5, new object() };
        foreach (var t in things) Console.WriteLine(Describe(t));
        var day = DayOfWeek.Saturday;
        Console.WriteLine(day switch { DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend", _ => "weekday" });
        char ch = 'q';
        Console.WriteLine(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? "letter" : "not letter");
        int x = 42;
        Console.WriteLine(x is not 0 and not 1 ? "not 0/1" : "0 or 1");
        string result = (x % 3, x % 5) switch { (0, 0) => "FizzBuzz", (0, _) => "Fizz", (_, 0) => "Buzz", _ => x.ToString() };
        Console.WriteLine(result);
        try { Area(null!); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(((Shape)new Circle(1)) switch { Rect => 1, Tri => 2 }); }
        catch (Exception e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
    }
}
