// Delegate.Combine with several arguments binds to the params ReadOnlySpan<Delegate> overload (.NET 9+).
using System;

class Program
{
    static void A() => Console.Write("A");
    static void B() => Console.Write("B");
    static void Main()
    {
        Action a = A, b = B;
        var d = (Action)Delegate.Combine(a, b, null, a)!;
        d();
        Console.WriteLine(" " + d.GetInvocationList().Length);
    }
}
