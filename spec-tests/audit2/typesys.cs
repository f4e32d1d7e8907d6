// Casts and type identity with generic parameters: is/as/castclass over T, nested generic type
// names, per-instantiation statics and initializers, constraints, arrays of type parameters,
// InvalidCastException messages, explicit static constructors and their order.
using System;
using System.Collections.Generic;

class Outer<T> { public class Inner<U> { public static string Name => typeof(Inner<U>).Name + "|" + typeof(T).Name + "|" + typeof(U).Name; } public class Plain { } public static int Counter; }
class Base { } class Derived : Base { } interface IMark { } class Marked : Derived, IMark { }
struct SMark : IMark { }
static class Log { public static List<string> L = new(); public static string Take() { var s = string.Join(",", L); L.Clear(); return s; } }
class CA { static CA() { Log.L.Add("CA"); } public static int F = Trace("CA.F"); public static int Trace(string s) { Log.L.Add(s); return 1; } public static void M() { } }
class CB : CA { static CB() { Log.L.Add("CB"); } public static new void M() { Log.L.Add("CB.M"); } public CB() { Log.L.Add("CB()"); } }
class CG<T> { static CG() { Log.L.Add("CG<" + typeof(T).Name + ">"); } public static T? Value; public static void Touch() { } }
class CNest { static CNest() { Log.L.Add("CNest"); } public class In { static In() { Log.L.Add("CNest.In"); } public static void M() { } } }
interface IPing { string Ping(); }
struct SInit2 : IPing { static SInit2() { Log.L.Add("SInit2"); } public static int S; public string Ping() => "ping"; public override string ToString() => "S2"; }
struct SInit3 : IPing { static SInit3() { Log.L.Add("SInit3"); } public static int S; public string Ping() => "ping3"; }
struct SInit { static SInit() { Log.L.Add("SInit"); } public int X; public static int S; public void I() { } }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static bool Is<T>(object? o) => o is T;
    static T? As<T>(object? o) where T : class => o as T;
    static T Cast<T>(object? o) => (T)o!;
    static string Kind<T>(T v) => v switch { null => "null", IMark => "mark", Base => "base", ValueType => "value", _ => "other" };
    static bool IsArr<T>(object o) => o is T[];
    static Type ElemOf<T>(T[] a) => typeof(T);
    static string Unm<T>() where T : unmanaged => typeof(T).Name + System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
    static T New<T>() where T : new() => new T();
    static string CastMsg(Func<object> f) { try { f(); return "ok"; } catch (InvalidCastException e) { return e.Message; } }

    static void Main()
    {
        T("id1", () => Outer<int>.Inner<string>.Name);
        T("id2", () => typeof(Outer<int>.Inner<string>).FullName!.Split('[')[0]);
        T("id3", () => typeof(Outer<int>.Plain) == typeof(Outer<long>.Plain));
        T("id4", () => typeof(Outer<int>.Plain).Name + "/" + typeof(Outer<>.Plain).IsGenericTypeDefinition);
        T("id5", () => new Outer<byte>.Inner<char>().GetType() == typeof(Outer<byte>.Inner<char>));
        T("id6", () => { Outer<int>.Counter = 1; Outer<long>.Counter = 2; Outer<int>.Counter += 10; return Outer<int>.Counter + "/" + Outer<long>.Counter; });
        T("id7", () => typeof(Outer<int>.Inner<string>).DeclaringType!.Name);
        T("id8", () => typeof(Dictionary<int, string>.KeyCollection).Name + "/" + typeof(List<int>.Enumerator).IsValueType);
        T("id9", () => new List<int>().GetEnumerator().GetType().Name);
        T("id10", () => ElemOf(new Derived[1]).Name + "/" + ElemOf<Base>(new Derived[1]).Name);

        T("is1", () => Is<Base>(new Derived()) + "," + Is<IMark>(new Derived()) + "," + Is<IMark>(new Marked()) + "," + Is<IMark>(new SMark()));
        T("is2", () => Is<int>(5) + "," + Is<int?>(5) + "," + Is<object>(null) + "," + Is<int?>(null) + "," + Is<uint>(5));
        T("is3", () => Is<ValueType>(new SMark()) + "," + Is<IMark>((SMark?)new SMark()) + "," + Is<Enum>(DayOfWeek.Monday) + "," + Is<IComparable>(DayOfWeek.Monday));
        T("is4", () => Is<Base[]>(new Derived[0]) + "," + Is<IMark[]>(new Marked[0]) + "," + Is<object[]>(new SMark[0]) + "," + Is<IMark[]>(new SMark[0]));
        T("is5", () => Is<IEnumerable<Base>>(new Derived[0]) + "," + Is<IReadOnlyList<IMark>>(new Marked[0]) + "," + Is<IList<object>>(new string[0]) + "," + Is<IList<ValueType>>(new int[0]));
        T("is6", () => IsArr<Base>(new Derived[0]) + "," + IsArr<int>(new uint[0]) + "," + IsArr<long>(new ulong[0]) + "," + IsArr<int>(new int[0, 0]));
        T("is7", () => Is<Func<object>>((Func<string>)(() => "")) + "," + Is<Action<string>>((Action<object>)(_ => { })) + "," + Is<Func<int>>((Func<int>)(() => 1)) + "," + Is<Func<object>>((Func<int>)(() => 1)));
        T("as1", () => (As<Base>(new Marked()) != null) + "," + (As<IMark>(new SMark()) != null) + "," + (As<string>(5) == null) + "," + (As<Derived>(new Base()) == null));
        T("cs1", () => Cast<int>(5) + "," + Cast<int?>(null) + "," + Cast<string>(null) + "," + Cast<long?>(5L));
        T("cs2", () => Cast<long>(5));
        T("cs3", () => Cast<int>(null));
        T("cs4", () => Cast<DayOfWeek>(1) + "," + Cast<int>(DayOfWeek.Friday));
        T("cs5", () => Cast<IMark>(new SMark()) is SMark);
        T("km", () => Kind<object?>(null) + "," + Kind(new Marked()) + "," + Kind(new Derived()) + "," + Kind(3) + "," + Kind("s") + "," + Kind<int?>(null) + "," + Kind(new SMark()));
        T("cn1", () => Unm<int>() + "," + Unm<SMark>() + "," + Unm<(byte, int)>() + "," + Unm<DayOfWeek>());
        T("cn2", () => New<List<int>>().Count + "," + New<SMark>() + "," + New<int>());
        T("msg1", () => CastMsg(() => (string)(object)5));
        T("msg2", () => CastMsg(() => (Derived)new Base()));
        T("msg3", () => CastMsg(() => (int)(object)5L));
        T("msg4", () => CastMsg(() => (List<string>)(object)new List<int>()));
        T("msg5", () => CastMsg(() => (IMark)new Base()));

        T("st1", () => { CB.M(); return Log.Take(); });
        T("st2", () => { var x = CA.F; return Log.Take(); });
        T("st3", () => { new CB(); return Log.Take(); });
        T("st4", () => { CG<int>.Touch(); CG<string>.Value = "v"; CG<int>.Touch(); return Log.Take(); });
        T("st5", () => { CNest.In.M(); return Log.Take(); });
        T("st6", () => { var s = new SInit(); s.X = 1; var a = Log.Take(); s.I(); return a + "|" + Log.Take(); });
        T("st7", () => { SInit.S = 3; return Log.Take(); });
        T("st8", () => { IPing p = new SInit2(); var a = Log.Take(); return a + "|" + p.Ping() + "|" + Log.Take(); });
        T("st9", () => { object o = new SInit3(); var a = Log.Take(); return a + "|" + (o.GetHashCode() == o.GetHashCode()) + "|" + Log.Take() + "|" + ((IPing)o).Ping() + "|" + Log.Take(); });
    }
}
