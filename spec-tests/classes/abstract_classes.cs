// Abstract classes and methods, template method pattern, abstract properties.
using System;
using System.Collections.Generic;

abstract class Shape
{
    private static int created;
    public int Id { get; }
    protected Shape() { Id = ++created; }
    public abstract double Area { get; }
    public abstract string Name { get; }
    public virtual double Perimeter() => 0;
    public override string ToString() => $"#{Id} {Name} area={Area:F2} perimeter={Perimeter():F2}";
    public static int Created => created;
}

sealed class Circle : Shape
{
    private readonly double r;
    public Circle(double r) { this.r = r; }
    public override double Area => Math.PI * r * r;
    public override string Name => "circle";
    public override double Perimeter() => 2 * Math.PI * r;
}

class Rect : Shape
{
    protected readonly double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public override double Area => W * H;
    public override string Name => "rect";
    public override double Perimeter() => 2 * (W + H);
}

class Square : Rect
{
    public Square(double s) : base(s, s) { }
    public override string Name => "square";
}

abstract class Report
{
    public string Render() => Header() + "|" + Body() + "|" + Footer();
    protected abstract string Header();
    protected abstract string Body();
    protected virtual string Footer() => "end";
}

class Sales : Report
{
    protected override string Header() => "SALES";
    protected override string Body() => "42 units";
}

class Program
{
    static void Main()
    {
        var shapes = new List<Shape> { new Circle(1), new Rect(2, 3.5), new Square(4), new Circle(0.5) };
        foreach (var s in shapes) Console.WriteLine(s);
        Console.WriteLine("created: " + Shape.Created);
        double total = 0;
        foreach (var s in shapes) total += s.Area;
        Console.WriteLine($"total area {total:F4}");
        Console.WriteLine(new Sales().Render());
        Console.WriteLine(shapes[2] is Rect r ? "square is a rect with area " + r.Area : "no");
        Console.WriteLine(typeof(Shape).IsAbstract + " " + typeof(Circle).IsSealed + " " + typeof(Square).BaseType!.Name);
    }
}
