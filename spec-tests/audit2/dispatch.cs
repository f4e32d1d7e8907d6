// Generic virtual methods in generic subclasses, static abstract interface members, default
// interface methods (diamonds, re-implementation), covariant returns, new-slot hiding, and
// constrained calls on structs vs boxed copies.
using System;
using System.Collections.Generic;

abstract class GB<T> { public virtual string M<U>(T t, U u) => $"GB<{typeof(T).Name}>.M<{typeof(U).Name}>"; public abstract string N<U>() where U : new(); }
class GD<T> : GB<T> { public override string M<U>(T t, U u) => $"GD<{typeof(T).Name}>.M<{typeof(U).Name}>+" + base.M(t, u); public override string N<U>() => "GD.N " + new U().GetType().Name; }
class GE : GD<int> { public override string M<V>(int t, V u) => "GE.M<" + typeof(V).Name + ">+" + base.M(t, u); }
sealed class GF<T> : GD<List<T>> { public override string N<U>() => "GF.N<" + typeof(U).Name + "," + typeof(T).Name + ">"; }

interface IAdd<TSelf> where TSelf : IAdd<TSelf> { static abstract TSelf Zero { get; } static abstract TSelf operator +(TSelf a, TSelf b); static virtual string Name() => "IAdd.default"; }
struct Num : IAdd<Num> { public int V; public Num(int v) { V = v; } public static Num Zero => new Num(0); public static Num operator +(Num a, Num b) => new Num(a.V + b.V); public override string ToString() => "Num" + V; }
class Str : IAdd<Str> { public string S; public Str(string s) { S = s; } public static Str Zero => new Str(""); public static Str operator +(Str a, Str b) => new Str(a.S + b.S); static string IAdd<Str>.Name() => "Str.Name"; public override string ToString() => "Str(" + S + ")"; }

interface IA { string F() => "IA.F"; string G() => "IA.G"; }
interface IB : IA { string IA.F() => "IB.F"; }
interface IC : IA { string IA.G() => "IC.G"; }
class D1 : IB, IC { }
class D2 : IB, IC { public string F() => "D2.F"; }
class D3 : IB, IC { string IA.F() => "D3.IA.F"; }
class Base1 : IA { public string F() => "Base1.F"; }
class Der1 : Base1, IA { string IA.F() => "Der1.IA.F"; }
class Der2 : Base1 { public new string F() => "Der2.F"; }
class Der3 : Base1, IA { public new string F() => "Der3.F"; }

class Animal { public virtual Animal Self() => this; public virtual string Name => "Animal"; }
class Dog : Animal { public override Dog Self() => this; public override string Name => "Dog"; public string Bark() => "woof"; }
class Puppy : Dog { public override Puppy Self() => this; public override string Name => "Puppy"; }

class V1 { public virtual string X() => "V1.X"; public string Y() => "V1.Y"; }
class V2 : V1 { public new virtual string X() => "V2.X"; public new string Y() => "V2.Y"; }
class V3 : V2 { public override string X() => "V3.X"; }

interface ICounter { int Inc(); int Value { get; } }
struct Counter : ICounter { public int N; public int Inc() => ++N; public int Value => N; }
struct GenS<T> : IEquatable<GenS<T>>, IComparable<GenS<T>> where T : IComparable<T> { public T V; public GenS(T v) { V = v; } public bool Equals(GenS<T> o) => V.CompareTo(o.V) == 0; public int CompareTo(GenS<T> o) => V.CompareTo(o.V); public override string ToString() => "GenS(" + V + ")"; }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static T Sum<T>(params T[] xs) where T : IAdd<T> { T acc = T.Zero; foreach (var x in xs) acc += x; return acc; }
    static string NameOf<T>() where T : IAdd<T> => T.Name();
    static int IncGen<T>(ref T c) where T : ICounter => c.Inc();
    static int IncGenVal<T>(T c) where T : ICounter { c.Inc(); return c.Value; }
    static int IncIface(ICounter c) => c.Inc();
    static string Cmp<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b).ToString();
    static bool Eq<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);

    static void Main()
    {
        GB<int> g = new GE();
        T("gvm1", () => g.M(1, "s"));
        T("gvm2", () => g.M<double>(1, 2.0));
        T("gvm3", () => g.N<object>());
        GB<List<string>> gf = new GF<string>();
        T("gvm4", () => gf.N<Exception>());
        T("gvm5", () => gf.M(null!, 3));
        GB<string> gd = new GD<string>();
        T("gvm6", () => gd.M<int[]>("", null!));
        Func<int, byte, string> del = g.M<byte>;
        T("gvm7", () => del(1, 2));

        T("sam1", () => Sum(new Num(1), new Num(2), new Num(39)));
        T("sam2", () => Sum(new Str("a"), new Str("b")));
        T("sam3", () => Sum<Num>());
        T("sam4", () => NameOf<Num>());
        T("sam5", () => NameOf<Str>());

        T("dim1", () => ((IA)new D1()).G());
        T("dim2", () => { try { return ((IA)new D1()).F(); } catch (Exception e) { return e.GetType().Name; } });
        T("dim3", () => ((IA)new D2()).F());
        T("dim4", () => ((IA)new D3()).F());
        T("dim5", () => ((IB)new D3()).G());
        T("dim6", () => ((IA)new Der1()).F());
        T("dim7", () => ((IA)new Der2()).F());
        T("dim8", () => ((IA)new Der3()).F());
        T("dim9", () => ((Base1)new Der3()).F());

        Animal a = new Puppy();
        T("cov1", () => a.Self().Name);
        T("cov2", () => ((Dog)new Puppy()).Self().Bark());
        T("cov3", () => new Puppy().Self().GetType().Name);
        T("cov4", () => { Func<Animal> f = new Dog().Self; return f().Name; });

        V1 v = new V3();
        T("new1", () => v.X());
        T("new2", () => ((V2)v).X());
        T("new3", () => v.Y());
        T("new4", () => ((V2)v).Y());
        T("new5", () => new V2().X() + "/" + ((V1)new V2()).X());

        var c = new Counter();
        T("cs1", () => { var c2 = new Counter(); IncGen(ref c2); IncGen(ref c2); return c2.N; });
        T("cs2", () => { var c2 = new Counter(); IncGenVal(c2); return c2.N + "/" + IncGenVal(c2); });
        T("cs3", () => { var c2 = new Counter(); IncIface(c2); return c2.N; });
        T("cs4", () => { ICounter b = new Counter(); b.Inc(); b.Inc(); return b.Value; });
        T("cs5", () => { ICounter b = c; c.Inc(); return b.Value + "/" + c.N; });
        T("cs6", () => { object o = new Counter(); ((ICounter)o).Inc(); return ((Counter)o).N; });
        T("cs7", () => { var arr = new Counter[2]; arr[1].Inc(); IncGen(ref arr[1]); return arr[1].N; });
        T("cs8", () => { var l = new List<Counter> { new Counter() }; var x = l[0]; x.Inc(); return l[0].N; });
        T("cs9", () => { ICounter[] arr = { new Counter() }; arr[0].Inc(); arr[0].Inc(); return arr[0].Value; });

        T("gs1", () => Cmp(new GenS<int>(3), new GenS<int>(5)));
        T("gs2", () => Eq(new GenS<string>("a"), new GenS<string>("a")));
        T("gs3", () => ((IComparable<GenS<string>>)new GenS<string>("b")).CompareTo(new GenS<string>("a")));
        T("gs4", () => new GenS<int>(1).Equals((object)new GenS<int>(1)));
        T("gs5", () => new GenS<int>(7).GetType().ToString());
        T("gs6", () => { var l = new List<GenS<int>> { new(3), new(1), new(2) }; l.Sort(); return string.Join(",", l); });
        T("gs7", () => new List<GenS<int>> { new(3), new(1) }.Contains(new GenS<int>(1)));
        T("gs8", () => (object)new GenS<int>(1) is IEquatable<GenS<int>>);
        T("gs9", () => (object)new GenS<int>(1) is IEquatable<GenS<long>>);
    }
}
