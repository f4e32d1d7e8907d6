// Construction order: field initializers (derived first), base constructor, then bodies;
// a virtual call from a base constructor reaches the derived override early.
using System;

class Log
{
    public static int Step;
    public static int Say(string s) { Console.WriteLine($"{++Step}. {s}"); return Step; }
}

class Base
{
    private int baseField = Log.Say("Base field initializer");
    public Base() : this("default")
    {
        Log.Say("Base() body");
    }
    public Base(string tag)
    {
        Log.Say($"Base(string {tag}) body, baseField={baseField}");
        Hook();
    }
    protected virtual void Hook() => Log.Say("Base.Hook");
}

class Derived : Base
{
    private int derivedField = Log.Say("Derived field initializer");
    private readonly string name;
    public Derived() : base()
    {
        name = "set in ctor";
        Log.Say("Derived() body");
    }
    public Derived(int x) : base("x=" + x)
    {
        name = "int ctor";
        Log.Say("Derived(int) body");
    }
    protected override void Hook() => Log.Say($"Derived.Hook sees derivedField={derivedField} name={name ?? "null"}");
}

class Program
{
    static void Main()
    {
        Console.WriteLine("--- new Derived()");
        new Derived();
        Console.WriteLine("--- new Derived(5)");
        Log.Step = 0;
        new Derived(5);
    }
}
