// `x == null` on a type parameter: constant for a non-nullable value type (the interpreter leaves
// out the code such a test jumps over), a real test for references and Nullable<T>. The skipped
// code must stay skipped only when nothing else reaches it.
using System;
using System.Collections.Generic;

public static class Checks
{
    public static string Require<T>(T value, string name)
    {
        if (value == null) throw new ArgumentNullException(name);
        return "ok:" + value;
    }

    public static int CountNonNull<T>(T[] items)
    {
        int n = 0;
        foreach (T x in items) { if (x == null) continue; n++; }
        return n;
    }

    public static string Describe<T>(T value)
    {
        string s = "start";
        if (value != null) goto known;
        s += "-null";
        known:
        s += value == null ? "-n" : "-v";
        return s;
    }

    // The jumped-over code is also reached by a loop's back edge: it must be kept.
    public static int Loop<T>(T value, int times)
    {
        int n = 0;
        again:
        if (value == null) return -1;
        n++;
        if (n < times) goto again;
        return n;
    }

    public static string AddressTaken<T>(T key)
    {
        if (key == null) throw new ArgumentNullException(nameof(key));
        return key.ToString() + "/" + key.GetHashCode();
    }
}

public static class Program
{
    static string Try(Func<string> f) { try { return f(); } catch (ArgumentNullException e) { return "ANE(" + e.ParamName + ")"; } }

    public static int Main()
    {
        Console.WriteLine(Try(() => Checks.Require(5, "i")) + " " + Try(() => Checks.Require("s", "s")) + " " + Try(() => Checks.Require<string>(null, "s")));
        Console.WriteLine(Try(() => Checks.Require<int?>(null, "n")) + " " + Try(() => Checks.Require<int?>(3, "n")) + " " + Try(() => Checks.Require(new KeyValuePair<int, int>(1, 2), "kv")));
        Console.WriteLine(Checks.CountNonNull(new[] { 1, 2, 3 }) + " " + Checks.CountNonNull(new[] { "a", null, "b" }) + " " + Checks.CountNonNull(new int?[] { null, 1, null }));
        Console.WriteLine(Checks.Describe(1) + " " + Checks.Describe<string>(null) + " " + Checks.Describe("x") + " " + Checks.Describe<double?>(null));
        Console.WriteLine(Checks.Loop(7, 3) + " " + Checks.Loop<object>(null, 3) + " " + Checks.Loop("s", 5));
        Console.WriteLine(Checks.AddressTaken(42) + " " + Checks.AddressTaken(2.5) + " " + Try(() => Checks.AddressTaken<string>(null)) + " " + Checks.AddressTaken('c'));
        return Checks.Loop(1, 9);
    }
}
