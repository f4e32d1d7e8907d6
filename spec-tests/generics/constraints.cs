// Generic constraints: struct, class, notnull, unmanaged, new(), base class, interface, T : U.
using System;
using System.Collections.Generic;

abstract class Entity { public int Id { get; set; } public abstract string Kind { get; } }
class User : Entity { public override string Kind => "user"; }
class Order : Entity { public override string Kind => "order"; }

class Repo<T> where T : Entity, new()
{
    private readonly List<T> items = new();
    private int nextId = 1;
    public T Create() { var t = new T { Id = nextId++ }; items.Add(t); return t; }
    public string Dump() => string.Join(",", items.ConvertAll(i => i.Kind + i.Id));
}

class Program
{
    static int SizeOf<T>() where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
    static T? FirstOrNull<T>(IEnumerable<T> xs) where T : struct { foreach (var x in xs) return x; return null; }
    static string NameOf<T>(T x) where T : notnull => x.GetType().Name;
    static void CopyAll<T, U>(List<T> src, List<U> dst) where T : U { foreach (var s in src) dst.Add(s); }
    static T Clamp<T>(T v, T lo, T hi) where T : IComparable<T> => v.CompareTo(lo) < 0 ? lo : v.CompareTo(hi) > 0 ? hi : v;
    static T Add<T>(T a, T b) where T : System.Numerics.INumber<T> => a + b;
    static TEnum Parse<TEnum>(string s) where TEnum : struct, Enum => Enum.Parse<TEnum>(s);

    static void Main()
    {
        var users = new Repo<User>();
        users.Create(); users.Create();
        var orders = new Repo<Order>();
        orders.Create();
        Console.WriteLine(users.Dump() + " " + orders.Dump());
        Console.WriteLine($"{SizeOf<byte>()} {SizeOf<int>()} {SizeOf<long>()} {SizeOf<decimal>()} {SizeOf<char>()} {SizeOf<(int, byte)>()}");
        Console.WriteLine(FirstOrNull(new[] { 4, 5 }) + " " + (FirstOrNull(new int[0]) == null));
        Console.WriteLine(NameOf(3) + " " + NameOf("s") + " " + NameOf(new User()));
        var dst = new List<Entity>();
        CopyAll(new List<User> { new User { Id = 7 } }, dst);
        CopyAll(new List<Order> { new Order { Id = 8 } }, dst);
        Console.WriteLine(string.Join(",", dst.ConvertAll(e => e.Kind + e.Id)));
        Console.WriteLine(Clamp(15, 0, 10) + " " + Clamp("m", "a", "k") + " " + Clamp(0.5, 0.0, 1.0));
        Console.WriteLine(Add(2, 3) + " " + Add(2.5, 0.25) + " " + Add(1m, 0.1m) + " " + Add<long>(long.MaxValue, 1));
        Console.WriteLine(Parse<DayOfWeek>("Friday") + " " + (int)Parse<DayOfWeek>("Friday"));
    }
}
