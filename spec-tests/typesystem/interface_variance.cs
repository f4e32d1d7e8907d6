// Generic variance (out/in) on interfaces and delegates: covariant and contravariant casts and
// calls, variance through type hierarchies, no variance for value types, invariant interfaces,
// is-checks on variant instantiations, and variant conversion chains.
using System;
using System.Collections.Generic;

class Animal { public virtual string Name => "animal"; }
class Dog : Animal { public override string Name => "dog"; }
class Puppy : Dog { public override string Name => "puppy"; }

interface IProducer<out T> { T Make(); }
interface IConsumer<in T> { string Take(T x); }
interface IBox<T> { T Item { get; set; } }

class DogFactory : IProducer<Dog> { public Dog Make() => new Puppy(); }
class AnimalPrinter : IConsumer<Animal> { public string Take(Animal a) => "took " + a.Name; }
class Box<T> : IBox<T> { public T Item { get; set; } = default!; }
class IntProducer : IProducer<int> { public int Make() => 7; }

delegate TR MyFunc<in TA, out TR>(TA a);

static class Program
{
    static void Main()
    {
        IProducer<Dog> pd = new DogFactory();
        IProducer<Animal> pa = pd;
        IProducer<object> po = pd;
        Console.WriteLine($"{pa.Make().Name} {((Animal)po.Make()).Name}");
        IConsumer<Animal> ca = new AnimalPrinter();
        IConsumer<Puppy> cp = ca;
        Console.WriteLine(cp.Take(new Puppy()));
        object o = new DogFactory();
        Console.WriteLine($"is IProducer<Animal>={o is IProducer<Animal>} IProducer<Puppy>={o is IProducer<Puppy>} IProducer<object>={o is IProducer<object>}");
        object c = new AnimalPrinter();
        Console.WriteLine($"is IConsumer<Dog>={c is IConsumer<Dog>} IConsumer<object>={c is IConsumer<object>}");
        object ip = new IntProducer();
        Console.WriteLine($"value type: IProducer<object>={ip is IProducer<object>} IProducer<int>={ip is IProducer<int>}");
        object bx = new Box<Dog>();
        Console.WriteLine($"invariant: IBox<Animal>={bx is IBox<Animal>} IBox<Dog>={bx is IBox<Dog>}");
        try { var bad = (IProducer<string>)(object)pd; Console.WriteLine(bad); }
        catch (InvalidCastException) { Console.WriteLine("InvalidCastException for IProducer<string>"); }

        IEnumerable<Dog> dogs = new List<Dog> { new Dog(), new Puppy() };
        IEnumerable<Animal> animals = dogs;
        foreach (var a in animals) Console.Write(a.Name + " ");
        Console.WriteLine();
        IComparer<object> byHash = Comparer<object>.Create((x, y) => string.CompareOrdinal(x.ToString(), y.ToString()));
        IComparer<string> sc = byHash;
        var list = new List<string> { "b", "c", "a" };
        list.Sort(sc);
        Console.WriteLine(string.Join(",", list));

        MyFunc<Animal, Puppy> f = a => new Puppy();
        MyFunc<Dog, Animal> g = f;
        Console.WriteLine($"delegate variance: {g(new Dog()).Name} {g is MyFunc<Puppy, object>}");
        Func<object, string> fo = x => "fo:" + x;
        Func<string, object> fs = fo;
        Console.WriteLine(fs("s"));
        Action<Animal> act = a => Console.WriteLine("act " + a.Name);
        Action<Puppy> ap = act;
        ap(new Puppy());
    }
}
