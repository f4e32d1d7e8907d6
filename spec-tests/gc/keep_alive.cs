// GC.KeepAlive: an object used later only by KeepAlive is not finalized before that point even
// when collections run; after the method returns it becomes collectable. GC.GetTotalMemory grows
// with live data and shrinks after it is dropped; CollectionCount increases.
using System;
using System.Runtime.CompilerServices;

class Guarded
{
    public static bool Finalized;
    ~Guarded() { Finalized = true; }
}

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void UseAndKeep()
    {
        var g = new Guarded();
        for (int i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
        Console.WriteLine($"inside, before KeepAlive: finalized={Guarded.Finalized}");
        GC.KeepAlive(g);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Allocate(int n) { data = new byte[n][]; for (int i = 0; i < n; i++) data[i] = new byte[10000]; }

    static byte[][]? data;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Drop() => data = null;

    static void Main()
    {
        int before = GC.CollectionCount(0);
        UseAndKeep();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine($"after return: finalized={Guarded.Finalized}");
        Console.WriteLine($"collections increased: {GC.CollectionCount(0) > before}");
        long baseline = GC.GetTotalMemory(true);
        Allocate(200);
        long withData = GC.GetTotalMemory(true);
        Console.WriteLine($"total memory grew by at least 1.5 MB: {withData - baseline >= 1_500_000}");
        Drop();
        long after = GC.GetTotalMemory(true);
        Console.WriteLine($"total memory shrank after dropping: {withData - after >= 1_500_000}");
    }
}
