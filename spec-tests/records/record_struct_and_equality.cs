// record struct and readonly record struct; EqualityContract; custom equality members; printing nested.
using System;

record struct Coord(double Lat, double Lon);
readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount} {Currency}";
}

record Line(Coord From, Coord To);

record Version(int Major, int Minor)
{
    public virtual bool Equals(Version? other) => other is not null && Major == other.Major;
    public override int GetHashCode() => Major;
}

record Node(int Value, Node? Next);

class Program
{
    static void Main()
    {
        var c = new Coord(52.1, 5.1);
        var c2 = c;
        c2.Lat = 0;
        Console.WriteLine(c + " " + c2 + " " + (c == c2));
        var m = new Money(9.99m, "EUR");
        Console.WriteLine(m + " " + (m with { Amount = 1 }) + " " + m.Equals(new Money(9.990m, "EUR")));
        var line = new Line(new Coord(0, 0), new Coord(1, 1));
        Console.WriteLine(line);
        Console.WriteLine(line == new Line(new(0, 0), new(1, 1)));
        Console.WriteLine((new Version(1, 2) == new Version(1, 5)) + " " + (new Version(1, 2) == new Version(2, 2)));
        var list = new Node(1, new Node(2, new Node(3, null)));
        Console.WriteLine(list);
        Console.WriteLine(list == new Node(1, new Node(2, new Node(3, null))));
        var (lat, lon) = c;
        Console.WriteLine(lat + lon);
        Console.WriteLine(default(Coord) + " " + (default(Money).Currency is null));
        Console.WriteLine(double.NaN.Equals(double.NaN) + " " + (new Coord(double.NaN, 0) == new Coord(double.NaN, 0)));
    }
}
