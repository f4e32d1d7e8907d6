// Generic virtual methods: overrides at several depths, instantiated over reference and value
// types, interface generic methods with explicit and implicit implementations, constraints,
// and delegates to generic virtual methods.
using System;
using System.Collections.Generic;

class Visitor
{
    public virtual string Visit<T>(T item) => $"Visitor<{typeof(T).Name}>({item})";
    public virtual List<T> Repeat<T>(T item, int n) { var l = new List<T>(); for (int i = 0; i < n; i++) l.Add(item); return l; }
}
class Loud : Visitor
{
    public override string Visit<T>(T item) => "LOUD " + base.Visit(item);
}
class Quiet : Loud
{
    public override string Visit<T>(T item) => typeof(T) == typeof(int) ? "quiet int" : base.Visit(item);
    public override List<T> Repeat<T>(T item, int n) { var l = base.Repeat(item, n + 1); l.Reverse(); return l; }
}

interface IMapper { TOut Map<TIn, TOut>(TIn x, Func<TIn, TOut> f); }
class Mapper : IMapper { public TOut Map<TIn, TOut>(TIn x, Func<TIn, TOut> f) => f(x); }
class CountingMapper : IMapper
{
    public int Calls;
    TOut IMapper.Map<TIn, TOut>(TIn x, Func<TIn, TOut> f) { Calls++; return f(x); }
}

interface IShape { double Area { get; } }
struct Sq : IShape { public double S; public double Area => S * S; }
abstract class Summer { public abstract double Sum<T>(T[] items) where T : IShape; }
class PlainSummer : Summer { public override double Sum<T>(T[] items) { double s = 0; foreach (var i in items) s += i.Area; return s; } }

static class Program
{
    static void Main()
    {
        Visitor[] vs = { new Visitor(), new Loud(), new Quiet() };
        foreach (var v in vs)
        {
            Console.WriteLine(v.Visit(1));
            Console.WriteLine(v.Visit("s"));
            Console.WriteLine(v.Visit(2.5));
            Console.WriteLine(string.Join(",", v.Repeat('x', 2)) + " " + v.Repeat<object>("o", 1).Count);
        }
        IMapper m = new Mapper();
        Console.WriteLine(m.Map(21, x => x * 2) + " " + m.Map("abc", s => s.Length) + " " + m.Map(3, i => new string('z', i)));
        var cm = new CountingMapper();
        IMapper im = cm;
        Console.WriteLine(im.Map(1.5, d => d + 1) + " " + im.Map<int, long>(5, i => i * 10L) + " calls=" + cm.Calls);
        Summer su = new PlainSummer();
        Console.WriteLine(su.Sum(new[] { new Sq { S = 2 }, new Sq { S = 3 } }));
        Func<int, string> f = vs[2].Visit<int>;
        Func<string, string> g = vs[1].Visit<string>;
        Console.WriteLine(f(0) + " | " + g("d"));
    }
}
