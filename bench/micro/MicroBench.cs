// Micro benchmarks for the runtime's hot paths: one static method per path, each running a
// counted loop of `n` iterations (one operation of its kind per iteration) and returning a
// checksum, so no runtime can drop the work. The same program runs on every runtime:
//
//   MicroBench.dll checksums <n>                     prints "<name> <checksum>" for every benchmark
//   MicroBench.dll <name|all|a,b,...> [n] [reps] [targetMs]
//       times each benchmark with Stopwatch: a warm-up that doubles n (from 1000, when n is 0 or
//       absent) until one call takes at least targetMs (default 100), then `reps` (default 5)
//       timed calls of that n. Prints one line per benchmark:
//       "<name> n=<n> freq=<ticks per second> ticks=<t1>,<t2>,... checksum=<c> ns/op=<best>"
//
// dotnode's harness (bench/micro/run.mjs) calls the methods directly on one loaded runtime.
// Plain C# 7 so that both the .NET SDK and Mono's mcs compile it.
using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

public delegate int IntOp(int a, int b);

public interface IBinOp { int Apply(int a, int b); }

public abstract class BinOp { public abstract int Apply(int a, int b); }

public sealed class AddOp : BinOp, IBinOp
{
    public int Bias;
    public override int Apply(int a, int b) { return a + b + Bias; }
    int IBinOp.Apply(int a, int b) { return a + b + Bias; }
    public int Add(int a, int b) { return a + b + Bias; }
}

public abstract class GenericOp { public abstract int Apply<T>(T x, int b); }

public sealed class CountOp : GenericOp { public override int Apply<T>(T x, int b) { return b + 1; } }

public sealed class Small
{
    public int Value;
    public Small(int value) { Value = value; }
}

public sealed class Holder { public Small Ref; public int X; }

public struct Vec { public int X, Y, Z, W; }

public sealed class BenchException : Exception
{
    public readonly int Code;
    public BenchException(int code) { Code = code; }
}

public static class MicroBench
{
    public static readonly string[] Names = {
        "EmptyLoop", "Arithmetic", "StaticCall", "VirtualCall", "InterfaceCall", "DelegateInvoke",
        "GenericVirtualCall", "StructCall", "AllocObject", "AllocArray", "FieldStoreRef", "ArrayStoreRef",
        "FieldReadWrite", "ArrayReadWrite", "ThrowCatch", "TryFinally",
    };

    /// <summary>Where allocated objects escape to (so no runtime can stack-allocate them).</summary>
    public static object Sink;

    // Factories the JIT cannot see through: call sites stay virtual/interface/delegate calls.
    [MethodImpl(MethodImplOptions.NoInlining)] static AddOp MakeAdd() { return new AddOp(); }
    [MethodImpl(MethodImplOptions.NoInlining)] static BinOp MakeBinOp() { return MakeAdd(); }
    [MethodImpl(MethodImplOptions.NoInlining)] static IBinOp MakeIBinOp() { return MakeAdd(); }
    [MethodImpl(MethodImplOptions.NoInlining)] static GenericOp MakeGenericOp() { return new CountOp(); }

    /// <summary>Interpreter dispatch: compare, branch, increment.</summary>
    public static int EmptyLoop(int n)
    {
        int i = 0;
        for (; i < n; i++) { }
        return i;
    }

    /// <summary>Four integer operations per iteration.</summary>
    public static int Arithmetic(int n)
    {
        int a = 1;
        for (int i = 0; i < n; i++) { a = a * 31 + i; a ^= a >> 7; }
        return a;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static int Add(int a, int b) { return a + b; }

    public static int StaticCall(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s = Add(s, i);
        return s;
    }

    public static int VirtualCall(int n)
    {
        BinOp op = MakeBinOp();
        int s = 0;
        for (int i = 0; i < n; i++) s = op.Apply(s, i);
        return s;
    }

    public static int InterfaceCall(int n)
    {
        IBinOp op = MakeIBinOp();
        int s = 0;
        for (int i = 0; i < n; i++) s = op.Apply(s, i);
        return s;
    }

    /// <summary>A delegate closed over an instance (the common case: lambdas, event handlers).</summary>
    public static int DelegateInvoke(int n)
    {
        IntOp d = new IntOp(MakeAdd().Add);
        int s = 0;
        for (int i = 0; i < n; i++) s = d(s, i);
        return s;
    }

    public static int GenericVirtualCall(int n)
    {
        GenericOp op = MakeGenericOp();
        int s = 0;
        for (int i = 0; i < n; i++) s = op.Apply<int>(i, s);
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Vec Step(Vec v, int i)
    {
        v.X += i; v.Y ^= v.X; v.Z += 1; v.W = v.Z - v.Y;
        return v;
    }

    /// <summary>A 16-byte struct passed and returned by value.</summary>
    public static int StructCall(int n)
    {
        Vec v = new Vec();
        for (int i = 0; i < n; i++) v = Step(v, i);
        return v.X ^ v.Y ^ v.Z ^ v.W;
    }

    /// <summary>new of a small class (constructor included); the object escapes to a static field.</summary>
    public static int AllocObject(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            Small o = new Small(i);
            Sink = o;
            s += o.Value;
        }
        Sink = null;
        return s;
    }

    /// <summary>new int[8]; the array escapes to a static field.</summary>
    public static int AllocArray(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            int[] a = new int[8];
            Sink = a;
            s += a.Length;
        }
        Sink = null;
        return s;
    }

    /// <summary>A reference stored into an object field (the write barrier).</summary>
    public static int FieldStoreRef(int n)
    {
        Holder h = new Holder();
        Small a = new Small(1), b = new Small(2);
        int i = 0;
        for (; i < n; i++) h.Ref = (i & 1) == 0 ? a : b;
        return h.Ref.Value + i;
    }

    /// <summary>A reference stored into an array element (type check and write barrier).</summary>
    public static int ArrayStoreRef(int n)
    {
        Small[] arr = new Small[16];
        Small a = new Small(3);
        for (int i = 0; i < n; i++) arr[i & 15] = a;
        int s = n;
        for (int j = 0; j < arr.Length; j++) if (arr[j] != null) s += arr[j].Value;
        return s;
    }

    /// <summary>An int field read and written.</summary>
    public static int FieldReadWrite(int n)
    {
        Holder h = new Holder();
        for (int i = 0; i < n; i++) h.X = h.X + i;
        return h.X;
    }

    /// <summary>An int array element read and written.</summary>
    public static int ArrayReadWrite(int n)
    {
        int[] a = new int[64];
        for (int i = 0; i < n; i++) a[i & 63] += i;
        int s = 0;
        for (int j = 0; j < a.Length; j++) s ^= a[j] + j;
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)] static void Thrower(int i) { throw new BenchException(i); }

    /// <summary>new exception, thrown one frame down and caught.</summary>
    public static int ThrowCatch(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            try { Thrower(i); }
            catch (BenchException e) { s += e.Code; }
        }
        return s;
    }

    /// <summary>A try/finally entered and left without an exception.</summary>
    public static int TryFinally(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            try { s += i; }
            finally { s ^= 1; }
        }
        return s;
    }

    public static int Run(string name, int n)
    {
        switch (name)
        {
            case "EmptyLoop": return EmptyLoop(n);
            case "Arithmetic": return Arithmetic(n);
            case "StaticCall": return StaticCall(n);
            case "VirtualCall": return VirtualCall(n);
            case "InterfaceCall": return InterfaceCall(n);
            case "DelegateInvoke": return DelegateInvoke(n);
            case "GenericVirtualCall": return GenericVirtualCall(n);
            case "StructCall": return StructCall(n);
            case "AllocObject": return AllocObject(n);
            case "AllocArray": return AllocArray(n);
            case "FieldStoreRef": return FieldStoreRef(n);
            case "ArrayStoreRef": return ArrayStoreRef(n);
            case "FieldReadWrite": return FieldReadWrite(n);
            case "ArrayReadWrite": return ArrayReadWrite(n);
            case "ThrowCatch": return ThrowCatch(n);
            case "TryFinally": return TryFinally(n);
        }
        throw new ArgumentException("unknown benchmark " + name);
    }

    static void Time(string name, int n, int reps, int targetMs)
    {
        long target = Stopwatch.Frequency * targetMs / 1000;
        Stopwatch sw = new Stopwatch();
        bool fixedN = n > 0;
        if (!fixedN) n = 1000;
        // Warm-up (tiers up a JIT); without a fixed n, doubles n until one call lasts targetMs.
        for (int w = 0; ; w++)
        {
            sw.Restart();
            Run(name, n);
            long t = sw.ElapsedTicks;
            if (fixedN ? w >= 2 : t >= target || n >= (1 << 29)) break;
            if (!fixedN) n = t * 4 < target ? n * 4 : n * 2;
        }
        long[] ticks = new long[reps];
        int checksum = 0;
        long best = long.MaxValue;
        for (int r = 0; r < reps; r++)
        {
            sw.Restart();
            checksum = Run(name, n);
            ticks[r] = sw.ElapsedTicks;
            if (ticks[r] < best) best = ticks[r];
        }
        long ps = (long)(best * 1e12 / Stopwatch.Frequency / n);
        string[] parts = new string[reps];
        for (int r = 0; r < reps; r++) parts[r] = ticks[r].ToString();
        Console.WriteLine(name + " n=" + n + " freq=" + Stopwatch.Frequency + " ticks=" + string.Join(",", parts)
            + " checksum=" + checksum + " ns/op=" + (ps / 1000) + "." + (ps % 1000).ToString("D3"));
    }

    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: MicroBench checksums <n> | MicroBench <name|all|a,b,...> [n] [reps] [targetMs]");
            Console.Error.WriteLine("benchmarks: " + string.Join(", ", Names));
            return 2;
        }
        if (args[0] == "checksums")
        {
            int n = args.Length > 1 ? int.Parse(args[1]) : 1000;
            foreach (string name in Names) Console.WriteLine(name + " " + Run(name, n));
            return 0;
        }
        string[] names = args[0] == "all" ? Names : args[0].Split(',');
        int iterations = args.Length > 1 ? int.Parse(args[1]) : 0;
        int reps = args.Length > 2 ? int.Parse(args[2]) : 5;
        int targetMs = args.Length > 3 ? int.Parse(args[3]) : 100;
        foreach (string name in names) Time(name, iterations, reps, targetMs);
        return 0;
    }
}
