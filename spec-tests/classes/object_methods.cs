// Overriding ToString/Equals/GetHashCode; GetType; reference vs value equality.
using System;
using System.Collections.Generic;

class Money : IEquatable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }
    public Money(decimal amount, string currency) { Amount = amount; Currency = currency; }
    public override string ToString() => $"{Amount:F2} {Currency}";
    public bool Equals(Money? other) => other is not null && Amount == other.Amount && Currency == other.Currency;
    public override bool Equals(object? obj) => Equals(obj as Money);
    public override int GetHashCode() => (int)(Amount * 100) * 31 + Currency.Length;
    public static bool operator ==(Money? a, Money? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(Money? a, Money? b) => !(a == b);
}

class Plain { public int X; }

class Program
{
    static void Main()
    {
        var a = new Money(10.5m, "EUR");
        var b = new Money(10.50m, "EUR");
        var c = new Money(3m, "USD");
        Console.WriteLine($"{a} | {b} | {c}");
        Console.WriteLine($"{a == b} {a.Equals(b)} {ReferenceEquals(a, b)} {a != c} {a.Equals((object)b)} {a.Equals(null)} {a.GetHashCode() == b.GetHashCode()}");
        var set = new HashSet<Money> { a, b, c };
        Console.WriteLine("set count " + set.Count);
        var p1 = new Plain { X = 1 };
        var p2 = new Plain { X = 1 };
        Console.WriteLine($"{p1.Equals(p2)} {p1.Equals(p1)} {p1 == p2} {object.Equals(null, null)} {object.Equals(p1, null)}");
        Console.WriteLine(p1.ToString() + " " + p1.GetType().FullName + " " + p1.GetType().BaseType!.FullName);
        object[] things = { 1, "s", 2.0, 'c', true, a, new int[0], new List<int>(), 5L, (byte)1 };
        foreach (var t in things) Console.Write(t.GetType().Name + " ");
        Console.WriteLine();
        Console.WriteLine(typeof(Dictionary<string, int>).Name + " " + typeof(Dictionary<string, int>).FullName!.Split('[')[0]);
        Console.WriteLine(typeof(int[]).FullName + " " + typeof(int[,]).Name + " " + typeof(int?).Name + " " + typeof(Money).Namespace);
        object boxed = 42;
        Console.WriteLine(boxed.Equals(42) + " " + boxed.Equals(42L) + " " + 42.Equals((object)42) + " " + boxed.GetHashCode() + " " + true.GetHashCode() + " " + 'A'.GetHashCode() + " " + 7L.GetHashCode());
    }
}
