package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the connections the server holds: in all, and from one address, so that one client
 * opening thousands of slow connections cannot make the service unreachable for the others (or
 * run it out of file handles). A connection over either bound is closed as it opens.
 */
@Singleton
public class ConnectionLimits implements NettyServerCustomizer, BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimits.class);

    private final int maxConnections;
    private final int maxPerAddress;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<InetAddress, AtomicInteger> byAddress = new ConcurrentHashMap<>();

    public ConnectionLimits(@Value("${clusterpolicy.server.max-connections:2000}") int maxConnections,
                            @Value("${clusterpolicy.server.max-connections-per-address:200}") int maxPerAddress) {
        this.maxConnections = maxConnections;
        this.maxPerAddress = maxPerAddress;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(this);
        return event.getBean();
    }

    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
        if (role != ChannelRole.CONNECTION) {
            return this;
        }
        InetAddress address = channel.remoteAddress() instanceof InetSocketAddress socket ? socket.getAddress() : null;
        AtomicInteger fromAddress = address == null ? new AtomicInteger() : byAddress.computeIfAbsent(address, a -> new AtomicInteger());
        int total = open.incrementAndGet();
        int mine = fromAddress.incrementAndGet();
        channel.closeFuture().addListener(closed -> {
            open.decrementAndGet();
            if (fromAddress.decrementAndGet() == 0 && address != null) {
                byAddress.remove(address, fromAddress);
            }
        });
        if (total > maxConnections || mine > maxPerAddress) {
            LOG.warn("Connection from {} refused: {} open in all (at most {}), {} from it (at most {})",
                    address, total, maxConnections, mine, maxPerAddress);
            channel.close();
        }
        return this;
    }

    /** Connections open now, for the metrics. */
    public int open() {
        return open.get();
    }
}
