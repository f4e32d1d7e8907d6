// Structs implementing interfaces: boxing on interface calls, constrained calls in generics.
using System;
using System.Collections.Generic;

interface IIncrement { int Value { get; } void Inc(); }

struct SCounter : IIncrement
{
    public int Value { get; private set; }
    public void Inc() => Value++;
}

class Program
{
    static void IncGeneric<T>(ref T x) where T : IIncrement => x.Inc();
    static void IncGenericCopy<T>(T x) where T : IIncrement { x.Inc(); Console.WriteLine("copy inside: " + x.Value); }
    static void IncInterface(IIncrement x) => x.Inc();

    static void Main()
    {
        var s = new SCounter();
        s.Inc();
        Console.WriteLine("direct: " + s.Value);
        IncGeneric(ref s);
        Console.WriteLine("generic by ref: " + s.Value);
        IncGenericCopy(s);
        Console.WriteLine("generic by value: " + s.Value);
        IncInterface(s);
        Console.WriteLine("through interface (boxed copy): " + s.Value);
        IIncrement boxed = s;
        boxed.Inc();
        boxed.Inc();
        Console.WriteLine("boxed: " + boxed.Value + " original: " + s.Value);
        var list = new List<IIncrement> { s, boxed };
        foreach (var item in list) item.Inc();
        Console.WriteLine(list[0].Value + " " + list[1].Value + " boxed var: " + boxed.Value);
        var cmp = Comparer<int>.Default;
        var pts = new List<(int, string)> { (2, "b"), (1, "a"), (3, "c") };
        pts.Sort();
        Console.WriteLine(string.Join(" ", pts));
        IComparable<int> five = 5;
        Console.WriteLine(five.CompareTo(3) + " " + cmp.Compare(1, 2));
        object o = s;
        Console.WriteLine((o is IIncrement) + " " + (o is SCounter) + " " + (o is ValueType) + " " + o.GetType().BaseType);
    }
}
