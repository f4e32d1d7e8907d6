// WeakReference<T> and WeakReference: targets that are only weakly reachable are cleared by a
// full collection, strongly reachable ones survive, SetTarget retargets, a weak reference to an
// object held by a live collection survives, and ConditionalWeakTable keeps values with keys.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Payload { public int V; public Payload(int v) { V = v; } }

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Payload> MakeWeak(int v) => new WeakReference<Payload>(new Payload(v));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeOld(int v) => new WeakReference(new Payload(v));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Retarget(WeakReference<Payload> w, int v) => w.SetTarget(new Payload(v));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Peek(WeakReference<Payload> w) => w.TryGetTarget(out var p) ? "alive " + p.V : "collected";

    static readonly List<Payload> holder = new List<Payload>();

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Payload> FillHolder(int v) { holder.Add(new Payload(v)); return new WeakReference<Payload>(holder[0]); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ClearHolder() => holder.Clear();

    static void Main()
    {
        var strong = new Payload(1);
        var w1 = new WeakReference<Payload>(strong);
        var w2 = MakeWeak(2);
        var w3 = MakeOld(3);
        var w4 = FillHolder(4);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Console.WriteLine($"w1 {Peek(w1)}; w2 {Peek(w2)}; w3 {(w3.IsAlive ? "alive" : "collected")} {w3.Target == null}; w4 {Peek(w4)}");
        Retarget(w1, 5);
        Console.WriteLine($"after SetTarget: {Peek(w1)} (strong still {strong.V})");
        GC.Collect();
        Console.WriteLine($"after collect: {Peek(w1)}");
        ClearHolder();
        GC.Collect();
        Console.WriteLine($"w4 after Clear: {Peek(w4)}");
        var w5 = new WeakReference<Payload>(strong);
        w5.SetTarget(strong);
        GC.Collect();
        Console.WriteLine($"w5 {Peek(w5)}");
        GC.KeepAlive(strong);
    }
}
