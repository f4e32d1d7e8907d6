// generic virtual methods: overrides in derived classes, interface generic methods implemented
// implicitly and explicitly, generic methods on generic types with both parameter lists,
// constrained generic calls dispatching to struct implementations, and recursion over T
Base b = new Derived();
Console.WriteLine(b.Describe(5) + " | " + b.Describe("s") + " | " + b.Describe(new List<int>()));
Console.WriteLine(new Base().Describe(2.5) + " | " + ((Base)new MoreDerived()).Describe('c'));
IVisitor v = new Printer();
Console.WriteLine(v.Visit(1) + " " + v.Visit("two") + " " + v.Visit<object>(3.0));
IVisitor ev = new Explicit();
Console.WriteLine(ev.Visit(true) + " " + ev.Visit(DayOfWeek.Monday));
var conv = new Converter<int>();
Console.WriteLine(conv.Pair("x") + " " + conv.Pair(2.5) + " " + new Converter<string>().Pair(7));
Console.WriteLine(Nest<int>(3) + " " + Nest<string>(2));
Console.WriteLine(Sum(new Meters[] { new(1.5), new(2.5) }) + " " + Sum(new Meters[0]));
Console.WriteLine(Total(new IShape[] { new Sq(2), new Sq(3) }));
static string Nest<T>(int depth) => depth == 0 ? typeof(T).Name : "L<" + Nest<List<T>>(depth - 1) + ">";
static double Sum<T>(T[] xs) where T : IMeasure { double s = 0; foreach (var x in xs) s += x.Measure<double>(); return s; }
static int Total<T>(IEnumerable<T> xs) where T : IShape => xs.Sum(x => x.Area());
class Base { public virtual string Describe<T>(T x) => $"Base<{typeof(T).Name}>({x})"; }
class Derived : Base { public override string Describe<T>(T x) => $"Derived<{typeof(T).Name}> then " + base.Describe(x); }
class MoreDerived : Derived { public sealed override string Describe<T>(T x) => "More:" + typeof(T).Name; }
interface IVisitor { string Visit<T>(T item); }
class Printer : IVisitor { public string Visit<T>(T item) => $"[{typeof(T).Name}:{item}]"; }
class Explicit : IVisitor { string IVisitor.Visit<T>(T item) => item is Enum e ? "enum " + e : "value " + item; }
class Converter<A> { public string Pair<B>(B b) => $"({typeof(A).Name},{typeof(B).Name}={b})"; }
interface IMeasure { R Measure<R>() where R : struct; }
readonly struct Meters(double v) : IMeasure { public R Measure<R>() where R : struct => (R)(object)v; }
interface IShape { int Area(); }
readonly struct Sq(int s) : IShape { public int Area() => s * s; }
