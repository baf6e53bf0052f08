package io.phasewise.application.account;

import io.phasewise.application.account.port.out.LoadApiTokensPort;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveApiTokenPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the account context: users, their API tokens and their transactions. */
public record AccountPorts(
    LoadUserPort loadUsers,
    SaveUserPort saveUsers,
    LoadApiTokensPort loadTokens,
    SaveApiTokenPort saveTokens,
    TransactionPort tx) {}
