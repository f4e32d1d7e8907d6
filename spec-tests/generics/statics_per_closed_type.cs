// static fields are per closed generic type; static ctors run once per instantiation; generic
// methods with explicit and inferred type arguments; nested generic types
Counter<int>.Hit(); Counter<int>.Hit(); Counter<string>.Hit(); Counter<List<int>>.Hit();
Console.WriteLine($"{Counter<int>.Count} {Counter<string>.Count} {Counter<List<int>>.Count} {Counter<double>.Count}");
Console.WriteLine(Counter<int>.Created + " | " + Counter<string>.Created);
Console.WriteLine(Outer<int>.Inner<string>.Describe() + " " + Outer<bool>.Inner<char>.Describe());
Outer<int>.Inner<string>.Value = "x";
Outer<int>.Inner<int>.Value = 5;
Console.WriteLine(Outer<int>.Inner<string>.Value + " " + Outer<int>.Inner<int>.Value + " " + (Outer<long>.Inner<string>.Value ?? "null"));
Console.WriteLine(Name<int>() + " " + Name<string[]>() + " " + Name<Dictionary<string, List<int>>>() + " " + Name<int?>());
Console.WriteLine(Pick(1, 2, true) + " " + Pick("a", "b", false) + " " + Pick<object>(1, "b", false));
Console.WriteLine(Cache<string>.Get(() => "first") + " " + Cache<string>.Get(() => "second") + " " + Cache<int>.Get(() => 7));
var t = new Pair<string, int>("k", 3).Swap();
Console.WriteLine(t.First + " " + t.Second + " " + t.GetType().Name);
Console.WriteLine(Typed<byte>.Size + " " + Typed<long>.Size + " " + Typed<decimal>.Size + " " + Typed<Guid>.Size);
static string Name<T>() => typeof(T).Name;
static T Pick<T>(T a, T b, bool first) => first ? a : b;
static class Counter<T>
{
    public static int Count;
    public static readonly string Created;
    static Counter() { Created = "cctor for " + typeof(T).Name; Console.WriteLine("running " + Created); }
    public static void Hit() => Count++;
}
class Outer<T>
{
    public class Inner<U>
    {
        public static U? Value;
        public static string Describe() => typeof(T).Name + "/" + typeof(U).Name;
    }
}
static class Cache<T>
{
    private static T? value; private static bool has;
    public static T Get(Func<T> make) { if (!has) { value = make(); has = true; } return value!; }
}
record Pair<A, B>(A First, B Second) { public Pair<B, A> Swap() => new(Second, First); }
static class Typed<T> where T : unmanaged { public static readonly int Size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>(); }
