// Multicast delegates: combination order, removal, return value of the last, exceptions midway.
using System;

class Program
{
    static int A() { Console.WriteLine("  A"); return 1; }
    static int B() { Console.WriteLine("  B"); return 2; }
    static int C() { Console.WriteLine("  C"); return 3; }

    static void Main()
    {
        Func<int> chain = A;
        chain += B;
        chain += C;
        chain += A;
        Console.WriteLine("invoke chain:");
        Console.WriteLine("result=" + chain());
        Console.WriteLine("count=" + chain.GetInvocationList().Length);
        chain -= A;
        Console.WriteLine("after removing A (last occurrence):");
        chain();
        chain -= B;
        chain -= (Func<int>)C;
        Console.WriteLine("after removing B and C:");
        chain();
        Func<int> ab = A;
        ab += B;
        Func<int> abab = ab + ab;
        abab -= ab;
        Console.WriteLine("abab - ab:");
        abab();
        Func<int>? empty = A;
        empty -= A;
        Console.WriteLine("empty is null: " + (empty == null));
        Action? actions = null;
        actions += () => Console.WriteLine("  first");
        actions += () => throw new InvalidOperationException("second fails");
        actions += () => Console.WriteLine("  third (not reached)");
        try { actions(); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
        int total = 0;
        foreach (Func<int> f in chain.GetInvocationList()) total += f();
        Console.WriteLine("total=" + total);
        Action<int> log = i => Console.Write($"[x{i}]");
        log += i => Console.Write($"[y{i * 10}]");
        log(3);
        Console.WriteLine();
        var combined = (Action)Delegate.Combine(new Action(() => Console.Write("1")), new Action(() => Console.Write("2")))!;
        combined();
        Console.WriteLine();
    }
}
