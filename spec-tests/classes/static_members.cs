// Static fields, methods, properties and static classes; statics are shared per type.
using System;

static class Counter
{
    private static int count;
    public static int Count => count;
    public static int Next() => ++count;
    public static void Reset() => count = 0;
}

class Widget
{
    public static int Instances;
    public static readonly string Prefix = "W";
    public const int MaxWidgets = 3;
    public readonly int Number;
    public Widget() { Number = ++Instances; }
    public static Widget? TryCreate() => Instances < MaxWidgets ? new Widget() : null;
    public override string ToString() => Prefix + Number;
}

class Derived : Widget
{
    public static new int Instances = 100;
}

class Program
{
    static int calls;
    static int Fib(int n) { calls++; return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static void Main()
    {
        Console.WriteLine(Counter.Next() + " " + Counter.Next() + " " + Counter.Count);
        Counter.Reset();
        Console.WriteLine(Counter.Count);
        for (int i = 0; i < 5; i++)
        {
            Widget? w = Widget.TryCreate();
            Console.WriteLine(w?.ToString() ?? "null (limit reached)");
        }
        Console.WriteLine(Widget.Instances + " " + Derived.Instances);
        var d = new Derived();
        Console.WriteLine(d + " " + Widget.Instances + " " + Derived.Instances);
        Console.WriteLine(Fib(15) + " calls=" + calls);
        Console.WriteLine(Widget.MaxWidgets * 2);
        Console.WriteLine(Math.Max(Counter.Next(), Counter.Next()));
    }
}
