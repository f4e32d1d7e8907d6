// unsafe
// generic constraints: class/struct/new()/unmanaged/notnull, base class and interface
// constraints, constraint-based calls (constrained callvirt on value types without boxing
// side effects), default(T), and generic methods over IComparable<T>
Console.WriteLine(Make<List<int>>().Count + " " + Make<Widget>().Name);
Console.WriteLine(DefaultOf<int>() + " " + (DefaultOf<string>() ?? "null") + " " + DefaultOf<bool>() + " " + DefaultOf<double?>().HasValue);
Console.WriteLine(Largest(new[] { 3, 9, 2 }) + " " + Largest(new[] { "pear", "apple", "zoo" }) + " " + Largest(new[] { 1.5, -2.0 }));
var m = new Mutable();
BumpTwice(ref m);
Console.WriteLine(m.N);
var arr = new[] { new Mutable(), new Mutable() };
BumpAll(arr);
Console.WriteLine(arr[0].N + " " + arr[1].N);
IBump boxed = new Mutable();
BumpTwiceRef(boxed);
Console.WriteLine(((Mutable)boxed).N);
Console.WriteLine(Describe(new Dog()) + " " + Describe(new Puppy()));
Console.WriteLine(IsNull<string>(null) + " " + IsNull<int?>(null) + " " + IsNull(5));
Console.WriteLine(SizeSum<int, long>() + " " + SizeSum<byte, char>());
Console.WriteLine(string.Join(",", Clamp(new[] { -5, 5, 15 }, 0, 10)));
static T Make<T>() where T : new() => new T();
static T? DefaultOf<T>() => default;
static T Largest<T>(T[] xs) where T : IComparable<T> { var best = xs[0]; foreach (var x in xs) if (x.CompareTo(best) > 0) best = x; return best; }
static void BumpTwice<T>(ref T x) where T : struct, IBump { x.Bump(); x.Bump(); }
static void BumpAll<T>(T[] xs) where T : IBump { for (int i = 0; i < xs.Length; i++) { xs[i].Bump(); if (i == 1) xs[i].Bump(); } }
static void BumpTwiceRef<T>(T x) where T : class, IBump { x.Bump(); x.Bump(); }
static string Describe<T>(T a) where T : Animal => a.Sound() + ":" + typeof(T).Name;
static bool IsNull<T>(T x) => x == null;
static unsafe int SizeSum<A, B>() where A : unmanaged where B : unmanaged => sizeof(A) + sizeof(B);
static IEnumerable<T> Clamp<T>(IEnumerable<T> xs, T lo, T hi) where T : IComparable<T>
{ foreach (var x in xs) yield return x.CompareTo(lo) < 0 ? lo : x.CompareTo(hi) > 0 ? hi : x; }
interface IBump { void Bump(); }
struct Mutable : IBump { public int N; public void Bump() => N++; }
class Widget { public string Name = "widget"; }
class Animal { public virtual string Sound() => "..."; }
class Dog : Animal { public override string Sound() => "woof"; }
class Puppy : Dog { public override string Sound() => "yip"; }
