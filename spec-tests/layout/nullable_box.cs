// Nullable<T> boxing rules: a null Nullable boxes to null, a value boxes to the underlying type,
// unboxing a boxed T to T? and of null to T?, is/as patterns, Nullable of a user struct,
// interface calls on boxed nullables, GetType on boxed values.
using System;

struct Point : IComparable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int CompareTo(Point o) => X.CompareTo(o.X);
    public override string ToString() => $"({X},{Y})";
}

enum Color : byte { Red = 1, Green = 2 }

static class Program
{
    static object Box<T>(T value) => value;

    static void Main()
    {
        int? a = 5, none = null;
        object oa = a, on = none;
        Console.WriteLine($"boxed 5: {oa} type={oa.GetType().Name} null? {on == null}");
        Console.WriteLine($"generic box: {Box<int?>(7)!.GetType().Name} {Box<int?>(null) == null}");
        int? back = (int?)oa;
        int? backNull = (int?)on;
        Console.WriteLine($"unbox to int?: {back} {backNull.HasValue}");
        object boxedInt = 42;
        int? fromInt = (int?)boxedInt;
        Console.WriteLine($"int box to int?: {fromInt.Value}");
        try { int bad = (int)on!; Console.WriteLine(bad); }
        catch (NullReferenceException) { Console.WriteLine("unbox null to int: NullReferenceException"); }
        try { long? wrong = (long?)oa; Console.WriteLine(wrong); }
        catch (InvalidCastException) { Console.WriteLine("unbox int to long?: InvalidCastException"); }

        Point? p = new Point(1, 2);
        object op = p;
        Console.WriteLine($"point box: {op} {op.GetType().Name} {op is Point} {op is Point?}");
        if (op is Point pp) Console.WriteLine($"pattern: {pp.Y}");
        var cmp = (IComparable<Point>)op;
        Console.WriteLine($"interface on boxed nullable value: {cmp.CompareTo(new Point(0, 0))}");
        Point? pn = null;
        Console.WriteLine($"null point as object: {((object?)pn) == null} {pn.GetValueOrDefault()} {pn.HasValue}");

        Color? c = Color.Green;
        object oc = c;
        Console.WriteLine($"enum nullable box: {oc} {oc.GetType().Name} {(byte)(Color)oc}");

        Console.WriteLine($"Equals: {a.Equals(5)} {a.Equals(oa)} {none.Equals(null)} {a.GetHashCode()} {none.GetHashCode()}");
        Console.WriteLine($"ToString: '{a}' '{none}' '{none.ToString()}'");
        object[] mixed = { a, none, 3, null };
        int count = 0; foreach (var o in mixed) if (o is int) count++;
        Console.WriteLine($"ints in mixed: {count}");
        Console.WriteLine($"as int?: {(boxedInt as int?) ?? -1} {("str" as object as int?) ?? -1}");
        double? d = 2.5;
        object od = d;
        Console.WriteLine($"double: {od.GetType().FullName} {(double)od * 2}");
        try { Console.WriteLine(on!.GetType()); }
        catch (NullReferenceException) { Console.WriteLine("GetType on boxed null: NullReferenceException"); }
    }
}
