// Vtable slot assignment: override vs newslot (new virtual) hiding, sealed overrides, abstract
// members implemented at different depths, calls through each static type, base calls, and
// virtual calls from constructors.
using System;

abstract class Shape
{
    protected Shape() { Console.WriteLine($"ctor sees {Name()}"); }
    public abstract double Area();
    public virtual string Name() => "shape";
    public virtual string Kind() => "base-kind";
    public override string ToString() => $"{Name()}:{Area():F2}";
}

class Rect : Shape
{
    public double W = 2, H = 3;
    public override double Area() => W * H;
    public override string Name() => "rect";
}

class Square : Rect
{
    public Square() { W = H = 4; }
    public sealed override string Name() => "square";
    public new virtual string Kind() => "square-kind";
}

class Tile : Square
{
    public override string Kind() => "tile-kind";
}

abstract class Middle : Shape
{
    public override string Name() => "middle(" + base.Name() + ")";
}

class Leaf : Middle
{
    public override double Area() => 1;
    public new string Name() => "leaf-hidden";
}

class A { public virtual string M() => "A.M"; public virtual string N() => "A.N"; }
class B : A { public override string M() => "B.M>" + base.M(); public new virtual string N() => "B.N"; }
class C : B { public override string M() => "C.M>" + base.M(); public override string N() => "C.N>" + base.N(); }
class D : C { public new string M() => "D.M"; }

static class Program
{
    static void Main()
    {
        Shape[] shapes = { new Rect(), new Square(), new Tile(), new Leaf() };
        foreach (var s in shapes) Console.WriteLine($"{s} kind={s.Kind()}");
        var t = new Tile();
        Square sq = t; Rect r = t; Shape sh = t;
        Console.WriteLine($"Tile.Kind via Tile={t.Kind()} Square={sq.Kind()} Rect={r.Kind()} Shape={sh.Kind()}");
        var leaf = new Leaf();
        Middle mid = leaf;
        Console.WriteLine($"Leaf.Name via Leaf={leaf.Name()} Middle={mid.Name()}");

        var d = new D();
        A a = d; B b = d; C c = d;
        Console.WriteLine($"M: D={d.M()} C={c.M()} B={b.M()} A={a.M()}");
        Console.WriteLine($"N: C={c.N()} B={b.N()} A={a.N()}");
        Func<string> f = a.M;
        Console.WriteLine($"delegate to virtual: {f()}");
        Console.WriteLine($"override ToString: {((object)new Square()).ToString()}");
    }
}
