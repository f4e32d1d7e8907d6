// Generic virtual methods: on structs through constrained calls and boxes, explicit generic
// interface methods, ldvirtftn delegates of generic virtuals, overrides that add no new type
// parameters in generic-of-generic subclasses, static abstract generic methods.
using System;
using System.Collections.Generic;

interface IMap { string Map<T>(T x) where T : IComparable<T>; }
struct SMap : IMap { public int Calls; public string Map<T>(T x) where T : IComparable<T> { Calls++; return "S" + Calls + ":" + typeof(T).Name + "=" + x; } }
struct XMap : IMap { string IMap.Map<T>(T x) => "X:" + x.CompareTo(x); }
class CMap : IMap { public virtual string Map<T>(T x) where T : IComparable<T> => "C:" + typeof(T).Name; }
class CMap2<Q> : CMap { public override string Map<T>(T x) => "C2<" + typeof(Q).Name + ">:" + typeof(T).Name + "|" + base.Map(x); }
class CMap3 : CMap2<List<int>> { public override string Map<U>(U x) => "C3:" + base.Map<U>(x); }

abstract class Shape<TSelf> where TSelf : Shape<TSelf> { public abstract TSelf With<T>(T tag); public virtual string Tags<A, B>() => typeof(A).Name + "+" + typeof(B).Name; }
class Sq : Shape<Sq> { public string Tag = ""; public override Sq With<T>(T tag) => new Sq { Tag = Tag + "[" + tag + "]" }; public override string Tags<X, Y>() => "Sq:" + base.Tags<Y, X>(); }

interface IParse<TSelf> where TSelf : IParse<TSelf> { static abstract TSelf Parse(string s); static abstract string Show<T>(T x); }
struct PInt : IParse<PInt> { public int V; public static PInt Parse(string s) => new PInt { V = int.Parse(s) * 2 }; public static string Show<T>(T x) => "PInt.Show<" + typeof(T).Name + ">(" + x + ")"; public override string ToString() => "P" + V; }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string ViaGen<M>(ref M m) where M : IMap => m.Map(5) + "," + m.Map("s");
    static string ViaGenVal<M>(M m) where M : IMap => m.Map(1.5) + "," + m.Map('c');
    static TS P<TS>(string s) where TS : IParse<TS> => TS.Parse(s);
    static string Sh<TS, T>(T x) where TS : IParse<TS> => TS.Show(x);

    static void Main()
    {
        T("st1", () => { var s = new SMap(); var r = ViaGen(ref s); return r + "|" + s.Calls; });
        T("st2", () => { var s = new SMap(); var r = ViaGenVal(s); return r + "|" + s.Calls; });
        T("st3", () => { IMap b = new SMap(); b.Map(1); return b.Map(2L) + "|" + ((SMap)b).Calls; });
        T("st4", () => { var x = new XMap(); return ViaGen(ref x) + "|" + ((IMap)x).Map(3); });
        T("cl1", () => ((IMap)new CMap3()).Map(7));
        T("cl2", () => { CMap c = new CMap2<byte>(); return c.Map("z"); });
        T("dl1", () => { CMap c = new CMap3(); Func<int, string> f = c.Map<int>; return f(1); });
        T("dl2", () => { IMap c = new CMap2<int>(); Func<string, string> f = c.Map; return f("a"); });
        T("dl3", () => { IMap c = new SMap(); Func<int, string> f = c.Map; f(1); return f(2); });
        T("sh1", () => new Sq().With(1).With("b").Tag + "," + new Sq().Tags<int, string>());
        T("sh2", () => { Shape<Sq> s = new Sq(); return s.With(2.5).Tag + "," + s.Tags<byte, char>(); });
        T("sa1", () => P<PInt>("21") + "," + Sh<PInt, List<int>>(null!) + "," + Sh<PInt, int>(4));
    }
}
