// generic variance: covariant IEnumerable<out T>/IReadOnlyList, contravariant IComparer<in T>
// and Action<in T>, custom variant interfaces and delegates, variance checks with is/as,
// and invariance of List<T> and value-type arguments
IEnumerable<string> strings = new List<string> { "b", "a" };
IEnumerable<object> objects = strings;
Console.WriteLine(string.Join(",", objects) + " " + (objects is IEnumerable<string>) + " " + (objects is IEnumerable<object>));
IEnumerable<int> ints = new[] { 1, 2 };
Console.WriteLine((ints is IEnumerable<object>) + " " + ((object)ints is IEnumerable<ValueType>) + " " + ((object)new List<string>() is IList<object>));
IComparer<object> byString = Comparer<object>.Create((x, y) => string.CompareOrdinal(x?.ToString(), y?.ToString()));
IComparer<string> sComparer = byString;
var list = new List<string> { "pear", "apple", "fig" };
list.Sort(sComparer);
Console.WriteLine(string.Join(",", list));
Action<object> printObj = o => Console.Write("[" + o + "]");
Action<string> printStr = printObj;
printStr("contra");
Console.WriteLine();
Func<string> makeStr = () => "co";
Func<object> makeObj = makeStr;
Console.WriteLine(makeObj() + " " + (makeObj is Func<string>));
IProducer<Animal> producer = new DogShelter();
Console.WriteLine(producer.Produce().Name);
IConsumer<Dog> consumer = new AnimalVet();
consumer.Consume(new Dog("rex"));
Converter<Animal, string> conv = a => a.Name.ToUpperInvariant();
Mapper<Dog, object> mapper = new Mapper<Animal, string>(conv.Invoke);
Console.WriteLine(mapper(new Dog("fido")));
IReadOnlyList<Animal> animals = new List<Dog> { new Dog("a"), new Dog("b") };
Console.WriteLine(animals.Count + " " + animals[1].Name);
object o = new DogShelter();
Console.WriteLine((o is IProducer<Animal>) + " " + (o is IProducer<object>) + " " + (o is IProducer<Dog>) + " " + (o as IProducer<string> == null));
object v = new AnimalVet();
Console.WriteLine((v is IConsumer<Dog>) + " " + (v is IConsumer<Animal>) + " " + (v is IConsumer<object>));
Animal[] arr = new Dog[] { new Dog("x") };
Console.WriteLine(arr.GetType().Name + " " + (arr is Dog[]) + " " + (arr is object[]));
interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { void Consume(T item); }
delegate TResult Mapper<in TArg, out TResult>(TArg arg);
class Animal(string name) { public string Name => name; }
class Dog(string name) : Animal(name) { }
class DogShelter : IProducer<Dog> { public Dog Produce() => new Dog("shelter dog"); }
class AnimalVet : IConsumer<Animal> { public void Consume(Animal a) => Console.WriteLine("vet treats " + a.Name); }
