"use client";

import Link from "next/link";
import { useActionState, useId } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { confirmTotpAction, disableTotpAction, startTotpAction } from "../actions";

function PasswordField({ errors }: { errors?: string[] }) {
  return (
    <Field
      label="Mot de passe actuel"
      name="password"
      type="password"
      autoComplete="current-password"
      required
      errors={errors}
    />
  );
}

function PasscodeField({ errors }: { errors?: string[] }) {
  return (
    <Field
      label="Passcode OTP actuel"
      name="passcode"
      inputMode="numeric"
      autoComplete="one-time-code"
      required
      hint="Votre code PIN suivi des 6 chiffres affichés par votre clé actuelle."
      errors={errors}
    />
  );
}

export function StartTotpForm({ replacing = false }: { replacing?: boolean }) {
  const [state, action] = useActionState(startTotpAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state?.ok ? undefined : state} />
      {replacing ? (
        <>
          <PasswordField errors={state?.errors?.password} />
          <PasscodeField errors={state?.errors?.passcode} />
        </>
      ) : null}
      <SubmitButton>
        {replacing ? "Remplacer la clé de sécurité" : "Associer une clé de sécurité"}
      </SubmitButton>
    </form>
  );
}

export function ConfirmTotpForm() {
  const [state, action] = useActionState(confirmTotpAction, undefined);
  const codesId = useId();
  if (state?.ok && state.reveal) {
    return (
      <div>
        <FormMessage state={state} />
        <h2 id={codesId} className="mb-3 text-xl font-bold">
          Vos codes de secours
        </h2>
        <p className="mb-3">
          Notez-les ou imprimez-les maintenant et gardez-les en lieu sûr : ils ne seront plus
          affichés. Si vous perdez votre clé, connectez-vous avec votre mot de passe et l&apos;un de
          ces codes (chacun ne sert qu&apos;une fois).
        </p>
        <ul
          aria-labelledby={codesId}
          data-testid="recovery-codes"
          className="fr-raw-list mb-6 grid grid-cols-2 gap-2 font-mono"
        >
          {state.reveal.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <Link href="/compte/securite">J&apos;ai noté mes codes de secours</Link>
      </div>
    );
  }
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <PasswordField errors={state?.errors?.password} />
      <Field
        label="Code PIN"
        name="pin"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        required
        hint="De 4 à 8 chiffres."
        errors={state?.errors?.pin}
      />
      <Field
        label="Code affiché par la clé"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        hint="6 chiffres."
        errors={state?.errors?.code}
      />
      <SubmitButton>Confirmer la clé</SubmitButton>
    </form>
  );
}

export function DisableTotpForm() {
  const [state, action] = useActionState(disableTotpAction, undefined);
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <PasswordField errors={state?.errors?.password} />
      <PasscodeField errors={state?.errors?.passcode} />
      <SubmitButton variant="danger">Désactiver la clé</SubmitButton>
    </form>
  );
}
