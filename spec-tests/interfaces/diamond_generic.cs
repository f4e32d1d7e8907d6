// interface inheritance: a diamond with default methods resolved by the most specific override,
// generic interfaces implemented twice with different type arguments, IEquatable<T>/IComparable<T>
// used by collections, interface properties and indexers, and casting between interfaces
IDerivedA a = new Impl();
Console.WriteLine(((IBase)a).Hello() + " " + ((IDerivedA)a).Hello() + " " + ((IDerivedB)a).Extra());
var multi = new Multi();
Console.WriteLine(((IConvert<int>)multi).Convert("12") + 1);
Console.WriteLine(((IConvert<bool>)multi).Convert("yes"));
Console.WriteLine(string.Join(",", ((IConvert<int>)multi).All(new[] { "1", "2" })));
var set = new HashSet<Money> { new(1, "EUR"), new(1, "EUR"), new(2, "EUR") };
Console.WriteLine(set.Count + " " + set.Contains(new Money(2, "EUR")));
var sorted = new List<Money> { new(5, "USD"), new(1, "USD"), new(3, "EUR") };
sorted.Sort();
Console.WriteLine(string.Join(" ", sorted));
Console.WriteLine(sorted.IndexOf(new Money(5, "USD")) + " " + sorted.Contains(new Money(4, "USD")));
IShelf shelf = new Shelf();
shelf[0] = "book"; shelf[2] = "vase";
Console.WriteLine(shelf.Count + " " + shelf[0] + " " + (shelf[1] ?? "empty") + " " + shelf.Describe());
object o = shelf;
Console.WriteLine((o is IShelf) + " " + (o is IReadOnlyShelf) + " " + (o as IDisposable == null) + " " + ((IReadOnlyShelf)o).Count);
interface IBase { string Hello() => "base"; }
interface IDerivedA : IBase { string IBase.Hello() => "A"; new string Hello() => "A-new"; }
interface IDerivedB : IBase { string Extra() => "B-extra"; }
class Impl : IDerivedA, IDerivedB { }
interface IConvert<T> { T Convert(string s); IEnumerable<T> All(IEnumerable<string> xs) { foreach (var x in xs) yield return Convert(x); } }
class Multi : IConvert<int>, IConvert<bool>
{
    int IConvert<int>.Convert(string s) => int.Parse(s);
    bool IConvert<bool>.Convert(string s) => s == "yes";
}
readonly struct Money(int amount, string currency) : IEquatable<Money>, IComparable<Money>
{
    public int Amount => amount; public string Currency => currency;
    public bool Equals(Money o) => amount == o.Amount && currency == o.Currency;
    public override bool Equals(object? o) => o is Money m && Equals(m);
    public override int GetHashCode() => amount * 397 ^ currency.Length;
    public int CompareTo(Money o) => string.CompareOrdinal(currency, o.Currency) is var c && c != 0 ? c : amount.CompareTo(o.Amount);
    public override string ToString() => $"{amount}{currency}";
}
interface IReadOnlyShelf { int Count { get; } string? this[int i] { get; } string Describe() => $"shelf with {Count}"; }
interface IShelf : IReadOnlyShelf { new string? this[int i] { get; set; } }
class Shelf : IShelf
{
    private readonly string?[] items = new string?[3];
    public int Count => items.Count(x => x != null);
    public string? this[int i] { get => items[i]; set => items[i] = value; }
}
