// Generic interfaces with covariance (out) and contravariance (in), and variant delegates.
using System;
using System.Collections.Generic;

class Animal { public virtual string Name => "animal"; }
class Dog : Animal { public override string Name => "dog"; }

interface IProducer<out T> { T Produce(); }
interface IConsumer<in T> { string Consume(T item); }
interface IBox<T> { T Value { get; set; } }

class DogProducer : IProducer<Dog> { public Dog Produce() => new Dog(); }
class AnimalConsumer : IConsumer<Animal> { public string Consume(Animal a) => "consumed " + a.Name; }
class Box<T> : IBox<T> { public T Value { get; set; } = default!; }

class Program
{
    static void Main()
    {
        IProducer<Animal> p = new DogProducer();
        Console.WriteLine(p.Produce().Name);
        IConsumer<Dog> c = new AnimalConsumer();
        Console.WriteLine(c.Consume(new Dog()));
        IEnumerable<Animal> animals = new List<Dog> { new Dog() };
        foreach (var a in animals) Console.WriteLine("enumerated " + a.Name);
        IComparer<Dog> cmp = Comparer<Animal>.Create((x, y) => string.CompareOrdinal(x.Name, y.Name));
        Console.WriteLine(cmp.Compare(new Dog(), new Dog()));
        Func<Dog> makeDog = () => new Dog();
        Func<Animal> makeAnimal = makeDog;
        Action<Animal> useAnimal = a => Console.WriteLine("action on " + a.Name);
        Action<Dog> useDog = useAnimal;
        useDog(new Dog());
        Console.WriteLine(makeAnimal().Name);
        object boxOfDog = new Box<Dog>();
        Console.WriteLine((boxOfDog is IBox<Animal>) + " " + (boxOfDog is IBox<Dog>));
        Console.WriteLine((p is IProducer<object>) + " " + (new DogProducer() is IProducer<Dog>) + " " + (c is IConsumer<Animal>));
        IEnumerable<object> objs = new[] { "strings", "are", "objects" };
        Console.WriteLine(string.Join(" ", objs));
        IEnumerable<object>? ints = new List<int>() as IEnumerable<object>;
        Console.WriteLine(ints == null ? "value types are not covariant" : "?");
    }
}
