// Explicit interface implementation, same-named members from two interfaces, interface re-implementation.
using System;

interface IEnglish { string Hello(); string Name { get; } }
interface IFrench { string Hello(); }

class Greeter : IEnglish, IFrench
{
    public string Hello() => "public hello";
    string IEnglish.Hello() => "Hello";
    string IFrench.Hello() => "Bonjour";
    string IEnglish.Name => "english-name";
}

interface IShape { string Draw(); }
class Base : IShape { public string Draw() => "Base.Draw"; }
class ReImpl : Base, IShape { string IShape.Draw() => "ReImpl explicit Draw"; }
class Hides : Base { public new string Draw() => "Hides.Draw"; }

class Program
{
    static void Main()
    {
        var g = new Greeter();
        Console.WriteLine(g.Hello());
        Console.WriteLine(((IEnglish)g).Hello() + " " + ((IFrench)g).Hello() + " " + ((IEnglish)g).Name);
        IShape a = new Base(), b = new ReImpl(), c = new Hides();
        Console.WriteLine(a.Draw() + " | " + b.Draw() + " | " + c.Draw());
        Console.WriteLine(((Base)b).Draw() + " | " + new Hides().Draw());
        Console.WriteLine(string.Join(",", typeof(Greeter).GetInterfaces().Select(i => i.Name).OrderBy(n => n, StringComparer.Ordinal)));
        Console.WriteLine((g is IFrench) + " " + (new Base() is IEnglish) + " " + typeof(IShape).IsInterface);
    }
}
