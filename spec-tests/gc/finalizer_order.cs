// Finalizers after GC.Collect + GC.WaitForPendingFinalizers: unreachable finalizable objects are
// finalized once, reachable ones are not, SuppressFinalize and ReRegisterForFinalize, base
// finalizers run after derived ones, and a finalizer can still read the objects it references.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Tracked
{
    public static List<string> Log = new List<string>();
    public static int Count;
    public readonly string Id;
    public readonly int[] Payload;
    public Tracked(string id) { Id = id; Payload = new int[] { id.Length, 7 }; }
    ~Tracked() { lock (Log) { Log.Add(Id + ":" + (Payload[0] + Payload[1])); Count++; } }
}

class Child : Tracked
{
    public Child(string id) : base(id) { }
    ~Child() { lock (Log) Log.Add("child-first " + Id); }
}

static class Program
{
    static Tracked? keep;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Make(int n, string prefix) { for (int i = 0; i < n; i++) _ = new Tracked(prefix + i); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressed() { var t = new Tracked("suppressed"); GC.SuppressFinalize(t); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeReRegistered() { var t = new Tracked("rereg"); GC.SuppressFinalize(t); GC.ReRegisterForFinalize(t); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeChild() { _ = new Child("c"); }

    static void Collect() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); }

    static void Main()
    {
        keep = new Tracked("kept");
        Make(5, "t");
        Collect();
        Console.WriteLine($"after first collect: {Tracked.Count} finalized");
        MakeSuppressed();
        MakeReRegistered();
        Collect();
        MakeChild();
        Collect();
        var log = Tracked.Log.ToArray();
        Array.Sort(log, StringComparer.Ordinal);
        Console.WriteLine(string.Join(" | ", log));
        int ci = Tracked.Log.IndexOf("child-first c"), bi = Tracked.Log.IndexOf("c:8");
        Console.WriteLine($"derived finalizer before base: {ci >= 0 && ci < bi}");
        Console.WriteLine($"kept alive: {keep.Id} {Tracked.Log.Contains("kept:11")}");
    }
}
