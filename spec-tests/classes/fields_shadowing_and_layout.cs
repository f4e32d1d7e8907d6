// Same-named fields in base and derived classes are distinct; protected access; readonly fields;
// const vs static readonly; field initialization defaults.
using System;

class Base
{
    public int Value = 1;
    protected string tag = "base";
    public readonly DateTime Stamp = new DateTime(2000, 1, 1);
    public const double Ratio = 0.5;
    public static readonly double Computed = Ratio * 4;
    public int BaseValue() => Value;
    public virtual string Tag() => tag;
}

class Derived : Base
{
    public new int Value = 2;
    public Derived() { tag = "derived-set-" + base.Value; }
    public int Both() => Value * 10 + base.Value;
    public override string Tag() => "D:" + base.Tag();
}

class Defaults
{
    public int I; public long L; public double D; public bool B; public char C; public string? S; public object? O; public int[]? A; public DayOfWeek E; public decimal M;
}

class Program
{
    static void Main()
    {
        var d = new Derived();
        Base b = d;
        Console.WriteLine($"{d.Value} {b.Value} {d.BaseValue()} {d.Both()} {b.Tag()}");
        d.Value = 20;
        b.Value = 10;
        Console.WriteLine($"{d.Value} {b.Value} {d.Both()}");
        Console.WriteLine(d.Stamp.Year + " " + Base.Ratio + " " + Base.Computed);
        var x = new Defaults();
        Console.WriteLine($"{x.I} {x.L} {x.D} {x.B} {(int)x.C} {x.S == null} {x.O == null} {x.A == null} {x.E} {x.M}");
        Console.WriteLine(typeof(Derived).GetFields().Length + " " + typeof(Base).GetField("Ratio")!.IsLiteral);
    }
}
