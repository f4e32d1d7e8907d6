// Records: positional syntax, value equality, ToString, with-expressions, deconstruction, inheritance.
using System;
using System.Collections.Generic;

record Point(int X, int Y)
{
    public double Length => Math.Sqrt(X * X + Y * Y);
}

record Person(string First, string Last)
{
    public string[] Tags { get; init; } = Array.Empty<string>();
}

record Employee(string First, string Last, decimal Salary) : Person(First, Last);

record class Named { public string Name { get; init; } = ""; public override string ToString() => "Named:" + Name; }

class Program
{
    static void Main()
    {
        var p1 = new Point(3, 4);
        var p2 = new Point(3, 4);
        var p3 = p1 with { Y = 0 };
        Console.WriteLine(p1 + " " + p3 + " len=" + p1.Length);
        Console.WriteLine($"{p1 == p2} {p1.Equals(p2)} {ReferenceEquals(p1, p2)} {p1 == p3} {p1.GetHashCode() == p2.GetHashCode()}");
        var (x, y) = p1;
        Console.WriteLine(x + y);
        var e = new Employee("Ada", "L", 1000m);
        Person asPerson = e;
        Console.WriteLine(e);
        Console.WriteLine(asPerson);
        Console.WriteLine(e == new Employee("Ada", "L", 1000m));
        Console.WriteLine(asPerson == new Person("Ada", "L"));
        Console.WriteLine(new Person("Ada", "L") == new Person("Ada", "L"));
        var raised = e with { Salary = 1200m };
        Console.WriteLine(raised + " " + raised.GetType().Name);
        Person copyViaBase = asPerson with { Last = "Lovelace" };
        Console.WriteLine(copyViaBase.GetType().Name + " " + copyViaBase);
        var tagged = new Person("A", "B") { Tags = new[] { "x" } };
        var tagged2 = tagged with { };
        Console.WriteLine((tagged == tagged2) + " " + ReferenceEquals(tagged.Tags, tagged2.Tags) + " " + (tagged == new Person("A", "B") { Tags = new[] { "x" } }));
        Console.WriteLine(new Named { Name = "n" } + " " + (new Named { Name = "n" } == new Named { Name = "n" }));
        var set = new HashSet<Point> { new(1, 1), new(1, 1), new(2, 2) };
        Console.WriteLine(set.Count);
        Console.WriteLine(new Person("x", null!) + " " + (new Person("x", null!) == new Person("x", null!)));
    }
}
