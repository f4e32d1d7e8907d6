// Hand-written enumerators: pattern-based foreach over a struct enumerator (no boxing),
// IEnumerable<T> implemented explicitly, and enumerator Dispose being called by foreach.
using System;
using System.Collections;
using System.Collections.Generic;

struct Countdown
{
    private readonly int from;
    public Countdown(int from) => this.from = from;
    public Enumerator GetEnumerator() => new Enumerator(from);
    public struct Enumerator
    {
        private int current;
        public Enumerator(int from) => current = from + 1;
        public int Current => current;
        public bool MoveNext() => --current > 0;
    }
}

class Evens : IEnumerable<int>
{
    private readonly int max;
    public Evens(int max) => this.max = max;
    public IEnumerator<int> GetEnumerator() => new E(max);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class E : IEnumerator<int>
    {
        private readonly int max;
        private int cur = -2;
        public E(int max) => this.max = max;
        public int Current => cur;
        object IEnumerator.Current => cur;
        public bool MoveNext() { cur += 2; return cur <= max; }
        public void Reset() => cur = -2;
        public void Dispose() => Console.WriteLine("  (Evens enumerator disposed)");
    }
}

class Program
{
    static void Main()
    {
        foreach (var n in new Countdown(5)) Console.Write(n + " ");
        Console.WriteLine();
        foreach (var n in new Evens(8)) Console.Write(n + " ");
        Console.WriteLine();
        foreach (var n in new Evens(100)) { if (n > 4) break; Console.Write(n + " "); }
        Console.WriteLine();
        Console.WriteLine(new Evens(10).Sum() + " " + new Evens(6).Count());
        IEnumerable nonGeneric = new Evens(4);
        var e = nonGeneric.GetEnumerator();
        while (e.MoveNext()) Console.Write(e.Current + ";");
        Console.WriteLine();
        var list = new List<int> { 1, 2, 3 };
        List<int>.Enumerator le = list.GetEnumerator();
        le.MoveNext();
        var copy = le;
        le.MoveNext();
        Console.WriteLine(le.Current + " " + copy.Current);
    }
}
