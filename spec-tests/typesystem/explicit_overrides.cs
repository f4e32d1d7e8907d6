// MethodImpl-based overrides: explicit interface implementations (also re-implemented in a
// derived class), covariant return overrides, an explicit impl and a public method of the same
// name side by side, and generic interfaces implemented twice with different arguments.
using System;

interface IName { string Name(); }
interface IOther { string Name(); }
interface IConv<T> { T Get(); }

class Base : IName, IOther
{
    public string Name() => "public Base.Name";
    string IOther.Name() => "explicit IOther on Base";
    public virtual Base Self() => this;
    public override string ToString() => "Base";
}

class Derived : Base, IName
{
    string IName.Name() => "explicit IName on Derived";
    public override Derived Self() => this;
    public override string ToString() => "Derived";
}

class MoreDerived : Derived
{
    public new string Name() => "MoreDerived.Name (new)";
}

class Both : IConv<int>, IConv<string>
{
    int IConv<int>.Get() => 42;
    string IConv<string>.Get() => "forty-two";
}

abstract class Animal { public abstract Animal Clone(); public virtual string Sound => "..."; }
class Cat : Animal { public override Cat Clone() => new Cat(); public override string Sound => "meow"; }
class Lion : Cat { public override Lion Clone() => new Lion(); public override string Sound => "roar"; }

static class Program
{
    static string Via<T>(IConv<T> c) => c.Get()!.ToString()!;

    static void Main()
    {
        var md = new MoreDerived();
        Console.WriteLine(md.Name());
        Console.WriteLine(((Base)md).Name());
        Console.WriteLine(((IName)md).Name());
        Console.WriteLine(((IOther)md).Name());
        Console.WriteLine(((IName)new Base()).Name());
        Base asBase = md;
        Console.WriteLine($"covariant Self: {asBase.Self()} {md.Self().GetType().Name}");

        var both = new Both();
        Console.WriteLine($"{Via<int>(both)} {Via<string>(both)} {((IConv<int>)both).Get() + 1}");

        Animal a = new Lion();
        Cat c = new Lion();
        Console.WriteLine($"{a.Clone().GetType().Name} {c.Clone().Sound} {a.Sound} {new Cat().Clone().Sound}");
    }
}
