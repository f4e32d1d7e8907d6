// Lambdas capturing locals: shared captured variables, loop variable capture, captured ref to this.
using System;
using System.Collections.Generic;

class Counter
{
    private int count;
    public Func<int> MakeIncrementer() => () => ++count;
    public int Count => count;
}

class Program
{
    static Func<int> MakeCounter()
    {
        int n = 0;
        return () => ++n;
    }

    static void Main()
    {
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine($"{c1()} {c1()} {c1()} {c2()}");
        int shared = 0;
        Action inc = () => shared++;
        Func<int> read = () => shared;
        inc(); inc();
        shared += 10;
        Console.WriteLine(read());
        var forActions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) forActions.Add(() => i);
        Console.WriteLine("for: " + string.Join(",", forActions.ConvertAll(f => f())));
        var foreachActions = new List<Func<int>>();
        foreach (var i in new[] { 0, 1, 2 }) foreachActions.Add(() => i);
        Console.WriteLine("foreach: " + string.Join(",", foreachActions.ConvertAll(f => f())));
        var copied = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; copied.Add(() => copy * 10); }
        Console.WriteLine("copied: " + string.Join(",", copied.ConvertAll(f => f())));
        var counter = new Counter();
        var incr = counter.MakeIncrementer();
        incr(); incr(); incr();
        Console.WriteLine(counter.Count);
        Func<int, Func<int>> outer = x => { int y = x * 2; return () => x + y; };
        Console.WriteLine(outer(5)());
        int fact(int n) => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));
        Func<int, int>? fib = null;
        fib = n => n < 2 ? n : fib!(n - 1) + fib(n - 2);
        Console.WriteLine(fib(20));
        string captured = "before";
        Func<string> getter = () => captured;
        captured = "after";
        Console.WriteLine(getter());
        var adders = new Func<int, int>[3];
        for (int k = 0; k < adders.Length; k++) { int kk = k; adders[k] = v => v + kk; }
        Console.WriteLine(adders[0](100) + " " + adders[2](100));
        Func<int> staticLambda = static () => 42;
        Console.WriteLine(staticLambda());
    }
}
