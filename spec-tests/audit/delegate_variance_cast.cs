// isinst/castclass to a variant generic delegate type: Func<Derived> is a Func<Base>,
// Action<Base> is an Action<Derived>.
using System;

class Base { }
class Derived : Base { }

class Program
{
    static void Main()
    {
        object f = new Func<Derived>(() => new Derived());
        object a = new Action<Base>(b => { });
        Console.WriteLine(f is Func<Base>);
        Console.WriteLine(a is Action<Derived>);
        Console.WriteLine(f is Func<object>);
        Func<Base> fb = (Func<Base>)f;
        Console.WriteLine(fb() is Derived);
    }
}
